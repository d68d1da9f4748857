"""Saved web pages: the article inside the HTML, not the markup around it.

Teams drop pages as browsers and scrapers save them. Fed raw, the tags, scripts and
menus become "text": words the language stage counts, entity candidates in the
navigation, offsets into markup. ``article_text`` keeps the page's title and main
content (trafilatura's boilerplate removal: menus, footers, comments, scripts and
styles are dropped); a page with no recognisable main content falls back to all of
its visible text.
"""

from __future__ import annotations

import logging
import re
from pathlib import PurePath

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S)


def is_html(name: str, text: str) -> bool:
    """An HTML page by its file name, or by how it starts (a page saved as .txt)."""
    return PurePath(name).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(text[:2048]))


def article_text(html: str) -> str:
    """Title and main text of a page, paragraphs on their own lines; "" if it has none."""
    import trafilatura  # imported here: plain-text input never needs it

    logging.getLogger("trafilatura").setLevel(logging.ERROR)   # it warns per odd page
    body = (trafilatura.extract(html, include_comments=False, include_tables=True)
            or trafilatura.html2txt(html) or "").strip()
    title = _title(html)
    if title and title not in body[:len(title) + 200]:
        body = f"{title}\n{body}"
    return body.strip()


def _title(html: str) -> str:
    """The headline: og:title, else the first <h1>, else <title>. (trafilatura's
    metadata pass would find it too, but its date search costs 7x the extraction.)"""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for found in (tree.xpath("//meta[@property='og:title']/@content"),
                  [h.text_content() for h in tree.iter("h1")],
                  [t.text_content() for t in tree.iter("title")]):
        for text in found:
            text = " ".join(text.split())
            if text:
                return text
    return ""
