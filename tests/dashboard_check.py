"""Render the dashboard in headless Chromium and check what it shows.

Reusable against any URL serving the page and its JSON API: the stub server in
``tests/test_dashboard.py`` or a real worker::

    # from a test in tests/ (pytest puts tests/ on sys.path; there is no tests/__init__.py)
    from dashboard_check import assert_dashboard_renders
    result = assert_dashboard_renders("http://127.0.0.1:6066/", min_bars=1, min_stories=1)

Only the standard library is used here (PNG decoding included), plus aiohttp
for :class:`StubDashboardServer`. Chromium: Debian ``apt-get install chromium``
(``/usr/bin/chromium``) or set ``CHROMIUM=/path/to/binary``.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import struct
import subprocess
import tempfile
import threading
import zlib
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

DASHBOARD = Path(__file__).resolve().parents[1] / "streams" / "web" / "static" / "dashboard.html"

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio"]


def find_chromium() -> str | None:
    """The Chromium/Chrome binary to use, or None."""
    env = os.environ.get("CHROMIUM")
    if env and Path(env).exists():
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def run_chromium(url: str, workdir: Path, *, screenshot: bool = False, budget_ms: int = 5000,
                 window_size: str = "1200,900", timeout: float = 90.0) -> str:
    """``--dump-dom`` (returns the DOM) or ``--screenshot`` (returns the PNG path)."""
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("no chromium binary (apt-get install chromium, or set CHROMIUM)")
    profile = Path(tempfile.mkdtemp(prefix="chromium-profile-", dir=workdir))
    args = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}"]
    if screenshot:
        png = workdir / "dash.png"
        args += [f"--screenshot={png}", f"--window-size={window_size}", url]
    else:
        args += ["--dump-dom", url]
    proc = subprocess.run(args, capture_output=True, timeout=timeout, cwd=workdir)
    if proc.returncode != 0:
        raise AssertionError(f"chromium exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-2000:]}")
    return str(png) if screenshot else proc.stdout.decode("utf-8", errors="replace")


# --- DOM ------------------------------------------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Dom(HTMLParser):
    """Counts what the checks need while tracking which ids enclose each element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.tags: Counter[str] = Counter()
        self.bars = 0
        self.stories = 0
        self.handlers: list[str] = []      # on* attributes anywhere in the DOM
        self.texts: list[str] = []
        self.status = ""

    def _inside(self, elem_id: str) -> bool:
        return any(i == elem_id for _, i in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags[tag] += 1
        classes = (a.get("class") or "").split()
        if "bar" in classes and self._inside("chart"):
            self.bars += 1
        if tag == "li" and "story" in classes and self._inside("stories"):
            self.stories += 1
        self.handlers += [k for k in a if k.lower().startswith("on")]
        if tag not in _VOID:
            self.stack.append((tag, a.get("id")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] in ("script", "style"):
            return
        self.texts.append(data)
        if self._inside("status"):
            self.status += data


# --- PNG --------------------------------------------------------------------------------------------------

def read_png(path: str | Path) -> tuple[int, int, list[tuple[int, ...]]]:
    """(width, height, pixels) of an 8-bit RGB/RGBA non-interlaced PNG."""
    data = Path(path).read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise AssertionError(f"{path} is not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or ctype not in (2, 6) or interlace:
                raise AssertionError(f"unsupported PNG: depth {depth} colour type {ctype} interlace {interlace}")
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytearray] = []
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(line)
        prev = line
    pixels = [tuple(row[x * bpp:x * bpp + 3]) for row in rows for x in range(width)]
    return width, height, pixels


def hex_rgb(color: str) -> tuple[int, int, int]:
    c = color.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


# --- the check ------------------------------------------------------------------------------------------------

@dataclass
class Rendered:
    dom: str
    png: str
    bars: int
    stories: int
    status: str
    width: int
    height: int
    colours: Counter = field(repr=False)
    text: str = field(repr=False)


def assert_dashboard_renders(url: str, *, min_bars: int = 1, min_stories: int = 1,
                             hostile: Iterable[str] = (), expect_colours: Sequence[str] = (),
                             workdir: str | Path | None = None, budget_ms: int = 5000) -> Rendered:
    """Load ``url`` in headless Chromium; assert it rendered, safely, and painted something.

    * at least ``min_bars`` elements of class ``bar`` inside ``#chart`` and
      ``min_stories`` ``li.story`` inside ``#stories``;
    * the page's single inline script is the only ``<script>``, there is no
      ``<img>``/``<iframe>`` and no ``on*`` attribute: nothing was injected;
    * every string of ``hostile`` appears verbatim as *text*;
    * the screenshot is a real picture (many colours, not one flat background)
      and contains every colour of ``expect_colours`` (e.g. bar fills).
    """
    work = Path(workdir or tempfile.mkdtemp(prefix="dashboard-"))
    work.mkdir(parents=True, exist_ok=True)
    dom = run_chromium(url, work, budget_ms=budget_ms)
    parsed = _Dom()
    parsed.feed(dom)
    text = "".join(parsed.texts)
    assert parsed.bars >= min_bars, f"{parsed.bars} bars in #chart, wanted >= {min_bars}; status {parsed.status!r}"
    assert parsed.stories >= min_stories, f"{parsed.stories} stories, wanted >= {min_stories}; status {parsed.status!r}"
    assert parsed.tags["script"] == 1, f"{parsed.tags['script']} <script> elements: something was injected"
    for tag in ("img", "iframe", "object", "embed"):
        assert parsed.tags[tag] == 0, f"<{tag}> in the DOM: something was injected"
    assert not parsed.handlers, f"event-handler attributes in the DOM: {parsed.handlers}"
    for s in hostile:
        assert s in text, f"hostile string not shown as text: {s!r}"
    png = run_chromium(url, work, screenshot=True, budget_ms=budget_ms)
    assert Path(png).exists() and Path(png).stat().st_size > 5_000, "screenshot missing or tiny"
    width, height, pixels = read_png(png)
    colours = Counter(pixels)
    background, n_bg = colours.most_common(1)[0]
    assert len(colours) >= 16, f"only {len(colours)} colours: blank page?"
    assert n_bg / len(pixels) < 0.97, "screenshot is almost one flat colour"
    for c in expect_colours:
        assert colours[hex_rgb(c)] >= 20, f"colour {c} not painted (bars missing from the picture?)"
    return Rendered(dom=dom, png=png, bars=parsed.bars, stories=parsed.stories, status=parsed.status.strip(),
                    width=width, height=height, colours=colours, text=text)


# --- stub API ---------------------------------------------------------------------------------------------------

class StubDashboardServer:
    """The page plus canned ``/entities/top`` and ``/stories`` on 127.0.0.1, in a thread.

    ``top`` maps window -> list of EntityStats-shaped dicts; ``lang`` filtering
    is applied like the worker does (rank and numbers restricted to it).
    ``fail`` maps a path to an HTTP status to simulate errors. ``requests``
    records ``(path, query dict)`` of every API call.
    """

    def __init__(self, top: Mapping[str, list[dict[str, Any]]], stories: list[dict[str, Any]],
                 html: Path = DASHBOARD, fail: Mapping[str, int] | None = None) -> None:
        self.top, self.stories, self.html, self.fail = top, stories, html, dict(fail or {})
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.url = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner = None

    async def _start(self) -> None:
        from aiohttp import web

        async def page(request):
            return web.Response(body=self.html.read_bytes(), content_type="text/html", charset="utf-8")

        async def top(request):
            self.requests.append((request.path, dict(request.query)))
            if request.path in self.fail:
                return web.json_response({"error": "stub failure"}, status=self.fail[request.path])
            rows = [dict(r) for r in self.top.get(request.query.get("window", "1h"), [])]
            lang = request.query.get("lang")
            if lang:
                rows = [dict(r, articles=r["languages"][lang], languages={lang: r["languages"][lang]})
                        for r in rows if r["languages"].get(lang)]
                rows.sort(key=lambda r: -r["articles"])
            return web.json_response(rows[:int(request.query.get("limit", "20"))])

        async def stories(request):
            self.requests.append((request.path, dict(request.query)))
            if request.path in self.fail:
                return web.json_response({"error": "stub failure"}, status=self.fail[request.path])
            return web.json_response(self.stories)

        app = web.Application()
        app.router.add_get("/", page)
        app.router.add_get("/entities/top", top)
        app.router.add_get("/stories", stories)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/"

    def __enter__(self) -> "StubDashboardServer":
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()
        error: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            try:
                self._loop.run_until_complete(self._start())
            except BaseException as exc:  # surface start-up errors in the caller
                error.append(exc)
                ready.set()
                return
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="stub-dashboard", daemon=True)
        self._thread.start()
        ready.wait(10)
        if error:
            raise error[0]
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._thread is not None
        fut = asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop)
        fut.result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
