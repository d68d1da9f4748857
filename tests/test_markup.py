"""Saved web pages and feeds: the articles, not the markup, reach the stages."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agents.entities.extract import extract
from agents.language.detect import detect
from conftest import read_one
from streams.decode import REASONS, UndecodableInput, feed_articles, page_article
from streams.markup import is_feed, is_html
from streams.producer import read_articles
from streams.records import DeadLetter, RawArticle

PARAGRAPHS = [
    "Der Chemiekonzern BASF hat am Dienstag in Ludwigshafen einen Stellenabbau angekündigt. "
    "Vorstandschef Markus Kamyar sagte, das Unternehmen wolle bis 2027 rund 2,1 Milliarden Euro sparen.",
    "Auch Siemens und Bayer stehen unter Druck: Die Nachfrage aus China sei schwach, hieß es in Frankfurt.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>BASF kündigt Sparprogramm an | Wirtschaft</title>
<script>var tracking = {{"user": "Angela Merkel", "cookie": "Microsoft"}};</script>
<style>.Nav {{ font-family: Helvetica; }}</style></head>
<body>
<nav><a href="/">Startseite</a> | <a href="/politik">Politik</a> | <a href="/sport">Sport</a> | Tesla-Ticker</nav>
<div class="cookie-banner">Wir verwenden Cookies. <button>Akzeptieren</button></div>
<article>
<h1>BASF kündigt Sparprogramm an</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
</article>
<aside>Mehr zum Thema: Volkswagen, Porsche, Lufthansa</aside>
<footer>© 2026 Beispiel Verlag GmbH · Impressum · Datenschutz</footer>
</body></html>
"""


def test_a_saved_page_becomes_its_title_and_paragraphs(tmp_path):
    path = tmp_path / "basf.html"
    path.write_text(PAGE, encoding="utf-8")
    record = read_one(path, 1_000_000)
    assert isinstance(record, RawArticle) and record.format == "html"
    text = record.text
    assert text.startswith("BASF kündigt Sparprogramm an")
    assert all(p in text for p in PARAGRAPHS)
    for boilerplate in ("<", "tracking", "Helvetica", "Startseite", "Cookies", "Volkswagen", "Impressum"):
        assert boilerplate not in text, boilerplate

    language = detect(text)
    assert language.code == "de" and len(language.segments) == 1
    found = extract(text, language)
    ids = {e.id for e in found.entities}
    assert {"basf", "siemens", "country-cn"} <= ids, ids
    assert not ids & {"volkswagen", "microsoft", "tesla"}   # only menus and scripts named them
    for entity in found.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text


def test_a_page_saved_as_txt_is_recognised_by_its_start(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("\n  <!-- saved by a crawler -->\n" + PAGE, encoding="utf-8")
    record = read_one(path, 1_000_000)
    assert record.format == "html" and "<" not in record.text
    plain = tmp_path / "plain.txt"
    plain.write_text("Markup <b>inside</b> a plain text article stays as written.", encoding="utf-8")
    assert read_one(plain, 1_000_000).format == "text"


def test_a_legacy_encoded_page(tmp_path):
    page = ("<html><head><meta charset='shift_jis'><title>トヨタ、過去最高益</title></head><body><p>"
            "トヨタ自動車は東京で決算を発表した。営業利益は前年から大きく増え、過去最高となった。"
            "北米と日本での販売が好調だった。</p></body></html>")
    path = tmp_path / "toyota.htm"
    path.write_bytes(page.encode("shift_jis"))
    record = read_one(path, 1_000_000)
    assert record.format == "html" and record.encoding in {"cp932", "shift_jis"}
    assert record.text.startswith("トヨタ、過去最高益") and "トヨタ自動車は東京で" in record.text


def test_a_page_without_text_is_dead_lettered(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body>  </body></html>", encoding="utf-8")
    letter = read_one(path, 1_000_000)
    assert isinstance(letter, DeadLetter) and letter.reason.startswith("empty")


def test_html_by_name_or_start():
    assert is_html("a.HTM", "just text") and is_html("x.txt", "<html><body>a</body></html>")
    assert not is_html("x.txt", "An article about <html> tags.")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wirtschaft</title><link>https://example.org/</link>
<item><title>BASF kündigt Sparprogramm an</title><link>https://example.org/basf</link>
<pubDate>Tue, 01 Dec 2026 09:30:00 +0100</pubDate>
<description><![CDATA[<p>Der Chemiekonzern BASF will in Ludwigshafen sparen.</p><script>track("Microsoft")</script>]]></description></item>
<item><title>Toyota meldet Rekordgewinn</title><link>https://example.org/toyota</link>
<description>Toyota hat in Tokio einen Rekordgewinn gemeldet.</description></item>
<item><title></title><description>   </description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Markets</title>
<entry><title>Nvidia shares slide</title><id>urn:1</id>
<content type="html">&lt;p&gt;Shares of Nvidia Corp fell 4%% in New York.&lt;/p&gt;</content></entry>
</feed>
"""


def test_each_feed_item_is_an_article(tmp_path):
    path = tmp_path / "wirtschaft.xml"
    path.write_text(RSS, encoding="utf-8")
    records = read_articles(path, 1_000_000)
    assert [r.format for r in records] == ["feed", "feed"]          # the empty item is left out
    assert [r.source for r in records] == ["https://example.org/basf", "https://example.org/toyota"]
    basf, toyota = (r.text for r in records)
    assert basf == "BASF kündigt Sparprogramm an\nDer Chemiekonzern BASF will in Ludwigshafen sparen."
    assert toyota == "Toyota meldet Rekordgewinn\nToyota hat in Tokio einen Rekordgewinn gemeldet."
    assert len({r.id for r in records}) == 2
    assert records[0].published_at == datetime(2026, 12, 1, 8, 30, tzinfo=timezone.utc)
    assert records[1].published_at is None           # the item gives no date

    atom = tmp_path / "markets.atom"
    atom.write_text(ATOM % (), encoding="utf-8")
    [item] = read_articles(atom, 1_000_000)
    assert item.source == f"{atom}#1"                 # no link: the file and the item's place
    assert item.text == "Nvidia shares slide\nShares of Nvidia Corp fell 4% in New York."


def test_a_feed_without_items_is_dead_lettered(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
                    encoding="utf-8")
    [letter] = read_articles(path, 1_000_000)
    assert isinstance(letter, DeadLetter) and letter.reason.startswith("empty")
    assert is_feed("a.xml", RSS) and not is_feed("a.xml", "<note>not a feed</note>")
    with pytest.raises(UndecodableInput):
        feed_articles("<rss><channel></channel></rss>")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<div>", "<!--", "-->", "&amp;",
                                 "&#0;", "<br/>", "<title>", "</title>", "\x00", "é", "Alibaba ", "текст "]),
                max_size=40),
       st.text(max_size=60))
@example(["-->", "<title>"], "\x7f")   # a title of one control character once led the text
def test_any_page_yields_clean_text_or_a_refusal(parts, noise):
    html = "<html><body>" + "".join(parts) + noise + "</body></html>"
    try:
        text = page_article(html)
    except UndecodableInput as exc:
        assert exc.reason in REASONS
        return
    # (no check on markup: <title> holds raw text, "<title><script>" is a title "<script>")
    assert text == text.strip() and text and "\x00" not in text
    assert unicodedata.is_normalized("NFC", text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["<item>", "</item>", "<title>", "</title>", "<description>",
                                 "</description>", "<![CDATA[", "]]>", "<entry>", "<content type='html'>",
                                 "&lt;p&gt;", "&amp;", "\x00", "ж", "Nvidia ", "<link>http://x</link>"]),
                max_size=40),
       st.sampled_from(['<?xml version="1.0"?><rss version="2.0"><channel>', '<feed xmlns="http://www.w3.org/2005/Atom">']))
def test_any_feed_yields_articles_or_a_refusal(parts, head):
    try:
        items = feed_articles(head + "".join(parts))
    except UndecodableInput as exc:
        assert exc.reason in REASONS
        return
    assert items and all(text == text.strip() and text and "\x00" not in text for _, text, _ in items)
