"""Saved web pages and feeds: the articles inside the markup, not the markup around them.

Teams drop pages as browsers and scrapers save them. Fed raw, the tags, scripts and
menus become "text": words the language stage counts, entity candidates in the
navigation, offsets into markup. ``article_text`` keeps the page's title and main
content (trafilatura's boilerplate removal: menus, footers, comments, scripts and
styles are dropped); a page with no recognisable main content falls back to all of
its visible text. An RSS or Atom file holds many articles: ``feed_items`` gives each
item's link and its title and content (feedparser; content in HTML goes through
``article_text`` too).
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from pathlib import PurePath

logging.getLogger("trafilatura").setLevel(logging.ERROR)   # it warns per odd page

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S)


FEED_SUFFIXES = frozenset({".rss", ".atom", ".rdf"})
_FEED_START = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.S)


def is_feed(name: str, text: str) -> bool:
    """An RSS/Atom/RDF feed by its file name or its root element (a feed saved as .xml)."""
    return PurePath(name).suffix.lower() in FEED_SUFFIXES or bool(_FEED_START.match(text[:4096]))


def feed_items(text: str) -> list[tuple[str | None, str, datetime | None]]:
    """(link, title and content, publication time) of every item of a feed, in the
    feed's order."""
    import feedparser  # imported here: only feeds need it

    items = []
    for entry in feedparser.parse(text).entries:
        content = entry.get("content") or []
        body = (content[0].get("value") if content else None) or entry.get("summary") or ""
        if "<" in body:
            body = article_text(f"<html><body>{body}</body></html>")
        title = " ".join((entry.get("title") or "").split())
        if title and body.startswith(title):
            title = ""
        link = entry.get("link") or ""   # (feedparser falls back on the id, e.g. "urn:...")
        link = link if link.startswith(("http://", "https://")) else None
        when = entry.get("published_parsed") or entry.get("updated_parsed")   # UTC struct_time
        try:
            published = datetime(*when[:6], tzinfo=timezone.utc) if when else None
        except (TypeError, ValueError):
            published = None
        items.append((link, "\n".join(t for t in (title, body.strip()) if t), published))
    return items


def is_html(name: str, text: str) -> bool:
    """An HTML page by its file name, or by how it starts (a page saved as .txt)."""
    return PurePath(name).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(text[:2048]))


def article_text(html: str) -> str:
    """Title and main text of a page, paragraphs on their own lines; "" if it has none."""
    import trafilatura  # imported here: plain-text input never needs it

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
