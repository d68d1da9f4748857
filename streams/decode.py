"""Turn the bytes of one input file into article text, or refuse it with a reason.

``decode_article(data)`` returns ``(text, encoding)`` or raises
:class:`UndecodableInput` (a ``ValueError``) whose ``reason`` is one of
:data:`REASONS`. It raises nothing else for any ``bytes`` input.

Decision order (first match wins):

1. ``len(data) > max_bytes``                         -> ``too-large``
2. ``len(data) == 0``                                -> ``empty``
3. known binary magic number (PNG, ZIP, ELF, PDF...) -> ``binary``
4. UTF-32 / UTF-16 byte-order mark, strict decode    -> ``utf_32_le`` ... ``utf_16_be``
5. strict UTF-8 (a UTF-8 BOM is stripped)            -> ``utf_8`` / ``utf_8_sig``
   (7-bit ISO-2022-JP/KR text is recognised by its escape sequences here)
6. "damaged UTF-8": mostly valid UTF-8 with a few stray bytes (at least as
   many valid multi-byte sequences as invalid bytes; real legacy CJK text has
   4-6 times fewer, single-byte legacy text almost none) -> the stray bytes are
   read as Windows-1252, the usual cause (a smart quote pasted into UTF-8);
   encoding ``utf_8+cp1252``. A character cut off at the very end is dropped.
6b. the encoding a saved web page or feed declares (``<meta charset>``, ``<?xml
   encoding?>`` in the first 4 KB), if the bytes decode strictly in it without C1
   controls, as a browser would read it (charset-normalizer cannot always tell a short
   page from its markup); WHATWG label mapping, e.g. iso-8859-1 -> cp1252,
   shift_jis -> cp932
7. charset-normalizer's best guess among encodings a browser accepts (WHATWG
   list: no DOS/EBCDIC code pages), accepted only if its mess ratio ("chaos")
   is <= :data:`MAX_CHAOS` -> e.g. ``cp932``, ``gb18030``, ``cp1256``; when
   several code pages decode identically, the common name is reported
   (``cp1252`` for plain Western text). BOM-less UTF-16/32 guesses are kept
   only when NUL bytes sit at every other position (Latin-script text), since
   charset-normalizer reads short random bytes as UTF-16 CJK. If nothing fits
   and the last byte is non-ASCII, the file is judged once more without it (a
   double-byte character cut off at the end).
8. ``binary`` when control bytes are frequent (checked before step 7 too, to
   spare charset-normalizer the work), else ``undecodable``.

Every decoded text is then checked and cleaned (:func:`clean_text`):

* terminal escape sequences (CSI ``ESC[...m``, OSC ``ESC]...BEL``, 2-byte ESC
  sequences) are removed whole, so ``ESC[31mJohn`` becomes ``John``;
* if more than :data:`BINARY_CONTROL_RATIO` (5 %) of the remaining characters,
  and at least two, are non-whitespace C0 controls or DEL, the input is ``binary`` (NUL-heavy data,
  BOM-less UTF-16 that charset-normalizer cannot read, ...);
* ``\\r\\n`` -> ``\\n``; lone ``\\r``, ``\\v``, ``\\f`` and U+0085 -> ``\\n`` (so
  words on either side of a page break stay apart); every other C0 control
  (NUL included), DEL and C1 control (U+0080-U+009F) is removed; ``\\t`` and
  ``\\n`` stay;
* the result is NFC-normalised (after removal, so it is NFC even when a removed
  control sat between a letter and its combining mark);
* nothing left -> ``empty``; only whitespace (and invisible format characters
  such as zero-width spaces or BOMs, see :data:`INVISIBLE`) -> ``whitespace-only``.

Leading/trailing whitespace is kept: downstream offsets index into this text.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from datetime import datetime

__all__ = [
    "UndecodableInput",
    "decode_article",
    "page_article",
    "feed_articles",
    "article_id",
    "clean_text",
    "REASONS",
    "DEFAULT_MAX_BYTES",
    "MAX_CHAOS",
    "BINARY_CONTROL_RATIO",
    "INVISIBLE",
]

DEFAULT_MAX_BYTES = 1_000_000

#: charset-normalizer guesses with a mess ratio above this are not trusted.
MAX_CHAOS = 0.10

#: share of non-whitespace C0 controls / DEL (after escape sequences are
#: stripped) above which decoded "text" is treated as binary (and at least 2).
BINARY_CONTROL_RATIO = 0.05

REASONS = frozenset({"empty", "whitespace-only", "binary", "too-large", "undecodable"})


class UndecodableInput(ValueError):
    """The input cannot become an article. ``reason`` is short and machine-friendly."""

    def __init__(self, reason: str, message: str | None = None):
        if reason not in REASONS:  # pragma: no cover - programming error
            raise AssertionError(f"unknown reason {reason!r}")
        self.reason = reason
        self.message = message or reason
        super().__init__(self.message)

    def __reduce__(self):  # picklable across processes
        return (type(self), (self.reason, self.message))


# --- binary signatures ----------------------------------------------------------

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"\x1f\x8b", "gzip stream"),
    (b"\xfd7zXZ\x00", "xz stream"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x28\xb5\x2f\xfd", "zstd stream"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
    (b"OggS\x00", "Ogg stream"),
    (b"\xca\xfe\xba\xbe", "Java class / Mach-O"),
    (b"\xfe\xed\xfa\xce", "Mach-O"),
    (b"\xfe\xed\xfa\xcf", "Mach-O"),
    (b"\xce\xfa\xed\xfe", "Mach-O"),
    (b"\xcf\xfa\xed\xfe", "Mach-O"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (old MS Office) document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 before UTF-16: FF FE 00 00 starts both
    (b"\xff\xfe\x00\x00", "utf_32_le"),
    (b"\x00\x00\xfe\xff", "utf_32_be"),
    (b"\xff\xfe", "utf_16_le"),
    (b"\xfe\xff", "utf_16_be"),
)

# --- cleaning -------------------------------------------------------------------

# ECMA-48 escape sequences: CSI (ESC [ params final), OSC (ESC ] ... BEL | ESC \),
# then any other ESC + intermediates + final (charset designations, ESC 7, ...).
_ESCAPE_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\)"
    r"|\x1b[ -/]*[0-~]"
)
# controls that count as evidence of binary data (whitespace controls and ESC excluded)
_BINARY_CTRL_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_BINARY_CTRL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20)) + b"\x7f"
_NEWLINE_LIKE_RE = re.compile(r"\r\n?|[\x0b\x0c\x85]")
_DROP_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # \t \n already safe; \r\v\f\x85 mapped before
_ANY_CTRL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# anything but whitespace and invisible format characters (zero-width space/joiners,
# direction marks, word joiner, BOM, soft hyphen): a file of only those is "whitespace-only"
INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_VISIBLE_RE = re.compile(f"[^\\s{INVISIBLE}]")


def clean_text(text: str) -> str:
    """Strip escape sequences and controls, unify newlines, NFC-normalise.

    This is the exact post-processing :func:`decode_article` applies; exposed so
    other producers of text (tests, fixtures) can compute the same form.
    """
    if _ANY_CTRL_RE.search(text):  # fast path: ordinary text has none of these
        if "\x1b" in text:
            text = _ESCAPE_RE.sub("", text)
        text = _NEWLINE_LIKE_RE.sub("\n", text)
        text = _DROP_RE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _looks_binary_text(text: str) -> bool:
    if "\x1b" in text:
        text = _ESCAPE_RE.sub("", text)
    if not text:
        return False
    n = len(text) - len(_BINARY_CTRL_RE.sub("", text))
    return n > max(BINARY_CONTROL_RATIO * len(text), 1)


def _looks_binary_bytes(data: bytes) -> bool:
    n = len(data) - len(data.translate(None, _BINARY_CTRL_BYTES))
    return n > max(BINARY_CONTROL_RATIO * len(data), 1)


def _finish(text: str, encoding: str, *, binary_checked: bool = False) -> tuple[str, str]:
    if not binary_checked and _looks_binary_text(text):
        raise UndecodableInput("binary", f"decoded as {encoding} but mostly control characters: binary data")
    text = clean_text(text)
    if not text:
        raise UndecodableInput("empty", "no text left after removing control characters")
    if not _VISIBLE_RE.search(text):
        raise UndecodableInput("whitespace-only", "the file holds only whitespace")
    return text, encoding


# --- legacy / damaged input -----------------------------------------------------

def _cp1252_fallback(err: UnicodeDecodeError):
    if err.end == len(err.object) and err.reason == "unexpected end of data":
        return "", err.end  # a multi-byte character cut off at the end of the file
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end  # 0x81 0x8D 0x8F 0x90 0x9D -> U+FFFD


codecs.register_error("newsstream-cp1252", _cp1252_fallback)

_ESCAPED_BYTE_RE = re.compile("[\udc80-\udcff]")


def _damaged_utf8(data: bytes) -> str | None:
    """Text that is UTF-8 apart from a few stray (usually Windows-1252) bytes."""
    s = data.decode("utf-8", errors="surrogateescape")
    invalid = len(s) - len(_ESCAPED_BYTE_RE.sub("", s))
    valid_multibyte = len(s) - len(s.encode("ascii", "ignore")) - invalid
    if invalid and valid_multibyte >= invalid:
        return data.decode("utf-8", errors="newsstream-cp1252")
    return None


# Encodings a browser accepts (WHATWG Encoding Standard), as Python codec names.
# charset-normalizer also tries DOS/EBCDIC/Mac code pages that never carry news
# and sometimes rank them first on short Latin text (cp775 reads "café" as
# "cafķ"); guesses outside this list are skipped.
_WEB_ENCODINGS = frozenset({
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "cp874", "tis_620", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6",
    "iso8859_7", "iso8859_8", "iso8859_10", "iso8859_11", "iso8859_13", "iso8859_14", "iso8859_15",
    "iso8859_16", "koi8_r", "koi8_u", "cp866", "mac_roman", "mac_cyrillic",
    "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950", "euc_jp", "shift_jis", "cp932",
    "iso2022_jp", "euc_kr", "cp949", "utf_16_le", "utf_16_be", "utf_16", "utf_32_le", "utf_32_be",
})
# Windows-1252 is the WHATWG default: when a guess decodes identically as
# several code pages, report the most common one.
_PREFERRED_NAMES = ("cp1252", "cp1251", "cp1250", "shift_jis", "gb18030", "euc_kr")


def _plausible_bomless_unicode(data: bytes, encoding: str) -> bool:
    """BOM-less UTF-16/32 guesses only for text whose NUL bytes show the layout.

    charset-normalizer happily reads short random bytes as UTF-16 CJK. Only
    Latin-script BOM-less UTF-16 (a NUL high byte at every other position) is
    accepted; BOM-less UTF-16 in other scripts is refused (limit).
    """
    if len(data) < 32:
        return False
    if encoding.startswith("utf_32"):
        lanes = [data[i::4] for i in range(4)]
        zeros = [lane.count(0) / len(lane) for lane in lanes]
        # LE: lanes 2 and 3 zero, lane 0 (the character) mostly not; BE mirrored
        return ((zeros[2] >= 0.95 and zeros[3] >= 0.95 and zeros[0] <= 0.05)
                or (zeros[0] >= 0.95 and zeros[1] >= 0.95 and zeros[3] <= 0.05))
    even, odd = data[0::2], data[1::2]
    zeros = sorted((even.count(0) / len(even), odd.count(0) / len(odd)))
    return zeros[1] >= 0.3 and zeros[0] <= 0.05


_C1 = re.compile("[\x80-\x9f]")
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
                       rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# WHATWG label mapping: what browsers decode these labels as (supersets)
_AS_BROWSERS_DO = {"latin_1": "cp1252", "ascii": "cp1252", "iso8859_1": "cp1252", "gb2312": "gb18030",
                   "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs",
                   "iso8859_9": "cp1254", "tis_620": "cp874", "iso8859_11": "cp874"}


def _declared_encoding(data: bytes) -> str | None:
    """The legacy encoding a page or feed declares in its first 4 KB, if it is one a
    browser accepts (a UTF-8 or UTF-16 declaration is not one: those were tried first)."""
    m = _DECLARED.search(data, 0, 4096)
    if m is None:
        return None
    try:
        name = codecs.lookup((m.group(1) or m.group(2)).decode("ascii")).name.replace("-", "_")
    except (LookupError, UnicodeDecodeError):
        return None
    name = _AS_BROWSERS_DO.get(name, name)
    return name if name in _WEB_ENCODINGS and not name.startswith("utf") else None


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes

        for m in from_bytes(data):  # best first
            if m.chaos > MAX_CHAOS:
                continue
            names = [m.encoding, *m.could_be_from_charset]
            web = [n for n in names if n in _WEB_ENCODINGS]
            if not web:
                continue
            encoding = next((n for n in _PREFERRED_NAMES if n in web), web[0])
            if encoding.startswith("utf_") and not _plausible_bomless_unicode(data, encoding):
                continue
            try:
                return data.decode(encoding), encoding
            except (UnicodeDecodeError, LookupError):
                return data.decode(m.encoding), m.encoding
        return None
    except Exception:  # charset-normalizer must never take the pipeline down
        return None


# --- public API -----------------------------------------------------------------

def decode_article(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode one input file to ``(text, encoding)``; see the module docstring.

    Raises :class:`UndecodableInput` for any input that cannot become an article.
    ``TypeError``/``ValueError`` (not ``UndecodableInput``) are raised only for
    caller errors: ``data`` not bytes-like, ``max_bytes`` not a positive int.
    """
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    elif not isinstance(data, bytes):
        raise TypeError(f"decode_article needs bytes, got {type(data).__name__}")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise ValueError(f"max_bytes must be a positive int, got {max_bytes!r}")

    size = len(data)
    if size > max_bytes:
        raise UndecodableInput("too-large", f"{size} bytes is over the limit of {max_bytes} bytes")
    if size == 0:
        raise UndecodableInput("empty", "the file is empty")

    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UndecodableInput("binary", f"{what} signature")

    for bom, codec in _BOMS:
        if data.startswith(bom):
            unit = 4 if codec.startswith("utf_32") else 2
            payload = data[len(bom):]
            payload = payload[: len(payload) - len(payload) % unit]  # drop a cut-off last unit
            try:
                return _finish(payload.decode(codec), codec)
            except UnicodeDecodeError:
                continue  # not really UTF-16/32 (lone surrogates...): next BOM, then the generic path

    # strict UTF-8: the common case, no charset-normalizer call
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            text, encoding = data[3:].decode("utf-8"), "utf_8_sig"
        else:
            text, encoding = data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        pass
    else:
        if "\x1b$" in text and text.isascii():
            for codec in ("iso2022_kr", "iso2022_jp_2") if "\x1b$)C" in text else ("iso2022_jp_2",):
                try:
                    legacy = data.decode(codec)
                except UnicodeDecodeError:
                    continue
                if not legacy.isascii():
                    return _finish(legacy, codec)
        if not _looks_binary_text(text):
            return _finish(text, encoding, binary_checked=True)
        # NUL-heavy but valid UTF-8: maybe BOM-less UTF-16; charset-normalizer decides below

    if _looks_binary_bytes(data) and not (_plausible_bomless_unicode(data, "utf_16")
                                          or _plausible_bomless_unicode(data, "utf_32")):
        raise UndecodableInput("binary", "control bytes throughout and no text encoding fits: binary data")

    damaged = _damaged_utf8(data)
    if damaged is not None:
        return _finish(damaged, "utf_8+cp1252")

    # (after damaged UTF-8: pages that say iso-8859-1 but hold UTF-8 are common)
    declared = _declared_encoding(data)
    if declared is not None:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            text = None
        # C1 controls: bytes the declared code page leaves unassigned (cp932 passes 0x80
        # through): the declaration is wrong; judge the bytes as if there were none
        if text is not None and not _C1.search(text):
            return _finish(text, declared)

    guess = _charset_normalizer_guess(data)
    if guess is None and data[-1] >= 0x80:
        # a double-byte character (Shift_JIS, GBK, EUC-KR, Big5) cut off at the end
        # makes every strict decode fail; judge the file without its last byte
        guess = _charset_normalizer_guess(data[:-1])
    if guess is not None:
        return _finish(*guess)
    if _looks_binary_bytes(data):
        raise UndecodableInput("binary", "control bytes throughout and no text encoding fits: binary data")
    raise UndecodableInput("undecodable", "not UTF-8 and no legacy encoding fits with confidence")


def page_article(html: str) -> str:
    """The article of a decoded HTML page (:mod:`streams.markup`), cleaned and checked
    like any decoded text; a page without text is ``empty``."""
    from streams.markup import article_text

    try:
        text = article_text(html)
    except Exception as exc:   # a third-party parser on untrusted input: refuse, never crash
        raise UndecodableInput("undecodable", f"the HTML page could not be parsed: {exc!r}") from exc
    if not text:
        raise UndecodableInput("empty", "an HTML page with no text")
    return _finish(text, "html")[0].strip()   # (stripped after cleaning: a control may have led)


def feed_articles(feed: str) -> list[tuple[str | None, str, datetime | None]]:
    """(link, text, publication time) of the items of a decoded RSS/Atom feed (:mod:`streams.markup`), each
    text cleaned like any decoded text; items without text are left out, and a feed
    without any is ``empty``."""
    from streams.markup import feed_items

    try:
        items = feed_items(feed)
    except Exception as exc:   # as for pages: refuse, never crash
        raise UndecodableInput("undecodable", f"the feed could not be parsed: {exc!r}") from exc
    out = []
    for link, text, published in items:
        try:
            out.append((link, _finish(text, "feed")[0].strip(), published))
        except UndecodableInput:
            continue
    if not out:
        raise UndecodableInput("empty", "a feed with no item that has text")
    return out


def article_id(text: str) -> str:
    """sha256 hex of the NFC-normalised text, UTF-8 encoded (the record contract)."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass")).hexdigest()
