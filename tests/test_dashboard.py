"""The dashboard page in a real headless Chromium against a stub API.

Skips cleanly without a Chromium binary (Debian: ``apt-get install chromium``).
The static checks (self-contained page, CSP hash, no HTML sinks) always run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest

from dashboard_check import (DASHBOARD, StubDashboardServer, assert_dashboard_renders, find_chromium,
                             run_chromium)

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"
# would leave a visible trace if any markup from the data were ever parsed
TRAP = "<img src=x onerror=\"document.title='PWNED'\"><svg onload=\"document.title='PWNED'\"></svg>"

# the page's colours for these languages (FIXED/PALETTE in dashboard.html)
COLOURS = {"ar": "#2a9d5c", "vi": "#1f9bb4", "de": "#c0362c", "hi": "#b5487f"}


def stats(eid, name, typ, window, langs, mentions=None):
    return {"schema": 1, "entity_id": eid, "name": name, "type": typ, "window": window,
            "window_start": None if window == "all" else "2026-11-23T09:00:00+00:00",
            "mentions": mentions or 2 * sum(langs.values()), "articles": sum(langs.values()),
            "languages": langs}


TOP_1H = [
    stats("alibaba-group", "Alibaba Group", "ORG", "1h", {"ar": 4, "vi": 3, "de": 2, "hi": 1}),
    stats("moonshot-ai", "Moonshot AI", "ORG", "1h", {"ar": 3, "vi": 3}),
    stats("hostile-1", HOSTILE, "MISC", "1h", {"de": 3, "hi": 1}),
    stats("eddie-wu", "Eddie Wu", "PER", "1h", {"ar": 1, "vi": 1, "hi": 1}),
    stats("hostile-2", TRAP, "MISC", "1h", {"hi": 2}),
    stats("country-cn", "China", "LOC", "1h", {"vi": 1}),
]
TOP_ALL = [stats("alibaba-group", "Alibaba Group", "ORG", "all", {"ar": 9, "vi": 7, "de": 5, "hi": 4}),
           stats("all-time-only", "Only In All Time", "ORG", "all", {"de": 2})]
STORIES = [
    {"schema": 2, "id": "story-0123456789ab", "started_at": "2026-11-23T09:07:00+00:00",
     "updated_at": "2026-11-23T09:28:00+00:00", "size": 2, "recent": ["a1", "a4"], "languages": ["ar", "vi"],
     "entities": ["alibaba-group", "moonshot-ai", "zhipu-ai"], "title": "Alibaba Group · Moonshot AI · Zhipu AI"},
    {"schema": 2, "id": "story-ba9876543210", "started_at": "2026-11-23T09:14:00+00:00",
     "updated_at": "2026-11-23T09:14:00+00:00", "size": 1, "recent": ["a2"], "languages": ["de"],
     "entities": ["hostile-1", "alibaba-cloud"], "title": HOSTILE},
    {"schema": 2, "id": "story-ffffffffffff", "started_at": "2026-11-23T09:00:00+00:00",
     "updated_at": "2026-11-23T09:00:00+00:00", "size": 1, "recent": ["a0"], "languages": ["hi"],
     "entities": ["hostile-2"], "title": ""},   # no title: the page builds one from entity names
]

needs_chromium = pytest.mark.skipif(find_chromium() is None, reason="no chromium binary")


@pytest.fixture(scope="module")
def stub():
    with StubDashboardServer({"1h": TOP_1H, "all": TOP_ALL}, STORIES) as server:
        yield server


@needs_chromium
def test_dashboard_renders_bars_and_stories_and_escapes_names(stub, tmp_path):
    res = assert_dashboard_renders(stub.url, min_bars=len(TOP_1H), min_stories=len(STORIES),
                                   hostile=[HOSTILE, TRAP], expect_colours=list(COLOURS.values()),
                                   workdir=tmp_path)
    assert res.bars == len(TOP_1H) and res.stories == len(STORIES)
    # the trap's handlers never ran: document.title is still the page's own
    assert "<title>newsstream</title>" in res.dom and "<title>PWNED" not in res.dom
    assert res.status.startswith("updated") and "error" not in res.status
    # escaped in the serialised DOM, i.e. text, not markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in res.dom
    # one segment per (entity, language), coloured by language
    assert len(re.findall(r'class="seg"', res.dom)) == sum(len(s["languages"]) for s in TOP_1H)
    assert re.search(r'fill="#2a9d5c"[^>]*data-lang="ar"', res.dom)
    assert "Only In All Time" not in res.text                       # default window is 1h
    assert "Moonshot AI" in res.text and "Zhipu AI" in res.text
    paths = [p for p, _ in stub.requests]
    assert "/entities/top" in paths and "/stories" in paths
    assert any(q.get("window") == "1h" and q.get("limit") for p, q in stub.requests if p == "/entities/top")
    assert (res.width, res.height) == (1200, 900)
    assert Path(res.png).stat().st_size > 20_000


@needs_chromium
def test_window_and_language_come_from_the_url(stub, tmp_path):
    stub.requests.clear()
    dom = run_chromium(stub.url + "#window=all&lang=de", tmp_path)
    assert "Only In All Time" in dom and "Moonshot AI" not in dom.split('id="stories"')[0]
    assert ("/entities/top", {"window": "all", "limit": "15", "lang": "de"}) in stub.requests
    assert re.search(r'<button[^>]*data-window="all"[^>]*aria-pressed="true"', dom)
    assert re.search(r'<option value="de"', dom)
    assert re.search(r'<option value="ar"', dom)          # offered from the stories' languages


@needs_chromium
def test_api_errors_are_shown_and_the_rest_still_renders(tmp_path):
    with StubDashboardServer({"1h": TOP_1H}, STORIES, fail={"/stories": 500}) as server:
        dom = run_chromium(server.url, tmp_path)
    assert dom.count('class="bar"') == len(TOP_1H)
    assert '<span id="status" role="status" class="error">error: stories: HTTP 500</span>' in dom


# --- static checks: no browser needed -------------------------------------------------------------

PAGE = DASHBOARD.read_text(encoding="utf-8")


def test_page_is_self_contained():
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", PAGE, re.I), "external resource"
    assert "@import" not in PAGE and "url(" not in PAGE and "@font-face" not in PAGE
    assert len(re.findall(r"<script", PAGE)) == 1 and "<link" not in PAGE
    assert 'id="chart"' in PAGE and 'id="stories"' in PAGE


def test_script_uses_no_html_sinks():
    script = re.search(r"<script>(.*?)</script>", PAGE, re.S).group(1)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "DOMParser", "createContextualFragment"):
        assert sink not in script.replace("Never innerHTML", ""), sink


def test_csp_pins_the_inline_script_hash():
    """Edited the script? Recompute: base64(sha256(text between <script> and </script>))."""
    script = re.search(r"<script>(.*?)</script>", PAGE, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', PAGE).group(1)
    assert f"script-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
