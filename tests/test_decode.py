"""streams.decode: legacy encodings, refusals, cleaning, article ids, properties."""

from __future__ import annotations

import os
import pickle
import random
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile import (
    HOSTILE_MARKUP, HOSTILE_MARKUP_TEXT, LATIN_INVALID_BYTES, LATIN_INVALID_TEXT, LEGACY,
    OUTSIDE_MARKER, long_single_line, make_hostile_folder, png_like, too_large_bytes,
)
from streams import decode as decode_mod
from streams.decode import (
    BINARY_CONTROL_RATIO, DEFAULT_MAX_BYTES, REASONS, UndecodableInput, article_id, decode_article,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def reason_of(data: bytes, **kw) -> str:
    with pytest.raises(UndecodableInput) as info:
        decode_article(data, **kw)
    assert info.value.reason in REASONS
    assert str(info.value)  # a human message
    return info.value.reason


# --- legacy encodings ---------------------------------------------------------------------

@pytest.mark.parametrize("name,lang,text,codec", LEGACY, ids=[row[0] for row in LEGACY])
def test_legacy_encodings_round_trip(name, lang, text, codec):
    decoded, encoding = decode_article(text.encode(codec))
    assert decoded == text
    assert decoded.encode(encoding.split("+")[0]) == text.encode(codec).removeprefix(b"\xff\xfe")


@pytest.mark.parametrize("name,lang,text,codec", LEGACY, ids=[row[0] for row in LEGACY])
def test_legacy_short_paragraph(name, lang, text, codec):
    """The first ~2 sentences (about 150-250 bytes) are enough too."""
    short = re.split(r"(?<=[.。])", text)
    short = "".join(short[:2])
    assert decode_article(short.encode(codec))[0] == short


def test_shift_jis_reports_a_japanese_codec():
    assert decode_article(LEGACY[0][2].encode("shift_jis"))[1] in {"shift_jis", "cp932"}


def test_plain_western_text_prefers_windows_1252_over_dos_codepages():
    data = b"The prime minister said on Tuesday that the caf\xe9 and r\xe9sum\xe9 were fine."
    text, encoding = decode_article(data)
    assert text == "The prime minister said on Tuesday that the café and résumé were fine."
    assert encoding == "cp1252"


def test_iso2022_jp_is_recognised():
    text = LEGACY[0][2]
    assert decode_article(text.encode("iso2022_jp")) == (text, "iso2022_jp_2")


# --- UTF-8 / UTF-16 / UTF-32 ----------------------------------------------------------------

@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seeds_are_plain_utf8(seed):
    text, encoding = decode_article(seed.read_bytes())
    assert encoding == "utf_8"
    assert text == unicodedata.normalize("NFC", seed.read_text("utf-8").replace("\r\n", "\n"))


def test_utf8_bom_is_stripped():
    assert decode_article("\ufeffHallo Welt".encode()) == ("Hallo Welt", "utf_8_sig")


@pytest.mark.parametrize("codec,name", [("utf-16-le", "utf_16_le"), ("utf-16-be", "utf_16_be"),
                                        ("utf-32-le", "utf_32_le"), ("utf-32-be", "utf_32_be")])
def test_utf16_utf32_with_bom(codec, name):
    text = "Präsidentin Lagarde sagte am Donnerstag, die Inflation sei gesunken. Ökonomen staunen."
    assert decode_article(("\ufeff" + text).encode(codec)) == (text, name)


def test_utf16_without_bom_left_to_charset_normalizer():
    text = LEGACY[5][2]  # German
    assert decode_article(text.encode("utf-16-le")) == (text, "utf_16_le")


def test_damaged_utf8_reads_stray_bytes_as_windows_1252():
    assert decode_article(LATIN_INVALID_BYTES) == (LATIN_INVALID_TEXT, "utf_8+cp1252")


@pytest.mark.parametrize("name,lang,text,codec", LEGACY[:6], ids=[row[0] for row in LEGACY[:6]])
def test_legacy_text_is_not_mistaken_for_damaged_utf8(name, lang, text, codec):
    assert decode_article(text.encode(codec))[1] != "utf_8+cp1252"


# --- refusals -----------------------------------------------------------------------------------

def test_empty():
    assert reason_of(b"") == "empty"


@pytest.mark.parametrize("data", [b" ", b"\n\n", b" \t\r\n \r\n", "\u3000\u00a0 ".encode(), b"\xef\xbb\xbf  \n",
                                  "\u200b \ufeff\u200d\n".encode(), "\ufeff\u2028".encode("utf-16")])
def test_whitespace_only(data):
    assert reason_of(data) == "whitespace-only"


def test_only_escape_sequences_is_empty():
    assert reason_of(b"\x1b[0m\x1b[31m") == "empty"


def test_too_large_is_configurable():
    data = too_large_bytes()
    assert len(data) == DEFAULT_MAX_BYTES + 1
    assert reason_of(data) == "too-large"
    assert decode_article(data, max_bytes=len(data))[1] == "utf_8"
    assert reason_of(b"12345", max_bytes=4) == "too-large"
    assert decode_article(b"1234", max_bytes=4) == ("1234", "utf_8")


def test_too_large_is_checked_before_decoding():
    assert reason_of(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, max_bytes=50) == "too-large"


@pytest.mark.parametrize("data", [
    png_like(random.Random(1)),
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + os.urandom(500),
    b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + os.urandom(500),
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    b"\x1f\x8b\x08\x00" + os.urandom(100),
    b"GIF89a" + os.urandom(100),
], ids=["png", "zip", "elf", "pdf", "gzip", "gif"])
def test_binary_signatures(data):
    assert reason_of(data) == "binary"


@pytest.mark.parametrize("size", [256, 1024, 4096, 65536])
def test_random_bytes_are_binary(size):
    rng = random.Random(size)
    for _ in range(5):
        assert reason_of(rng.randbytes(size)) == "binary"


@pytest.mark.parametrize("data", [
    b"\x00" * 1000,
    (b"\x00" * 64 + b"data") * 64,
    b"abc\x00\x00\x00def\x00\x00" * 20,
    b"Some text\x00\x01\x02\x03\x04\x05\x06 and more",
])
def test_nul_heavy_is_binary(data):
    assert reason_of(data) == "binary"


def test_few_nuls_in_text_are_removed_not_refused():
    text = "The minister said on Monday that talks would resume next week in Geneva. " * 3
    data = text.encode() + b"\x00"
    assert decode_article(data) == (text, "utf_8")


def test_caller_errors_are_not_undecodable():
    with pytest.raises(TypeError):
        decode_article("text")  # type: ignore[arg-type]
    with pytest.raises(ValueError) as info:
        decode_article(b"x", max_bytes=0)
    assert not isinstance(info.value, UndecodableInput)
    assert decode_article(bytearray(b"abc")) == ("abc", "utf_8")


def test_exception_is_picklable_and_a_value_error():
    err = UndecodableInput("binary", "PNG image signature")
    assert isinstance(err, ValueError)
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.reason, str(copy)) == ("binary", "PNG image signature")


def test_charset_normalizer_failure_never_escapes(monkeypatch):
    import charset_normalizer

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(charset_normalizer, "from_bytes", boom)
    assert reason_of("Привет, мир".encode("cp1251") * 10) == "undecodable"


# --- cleaning ------------------------------------------------------------------------------------

def test_markup_kept_escape_sequences_removed():
    text, encoding = decode_article(HOSTILE_MARKUP.encode())
    assert (text, encoding) == (HOSTILE_MARKUP_TEXT, "utf_8")
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert "<script>" in text  # escaping markup is the renderer's job, not the decoder's


def test_newlines_and_controls():
    filler = "The minister said on Monday that talks would resume next week. " * 2
    data = (b"one\r\ntwo\rthree\x0cfour\x0bfive\tsix\x00seven\x07\x7f eight\xc2\x85nine\xc2\x9bten "
            + filler.encode())
    assert decode_article(data)[0] == "one\ntwo\nthree\nfour\nfive\tsixseven eight\nnineten " + filler


def test_output_is_nfc_even_when_a_control_split_a_combining_sequence():
    text, _ = decode_article("Cafe\x00\u0301 und Gru\u0308\u00dfe".encode())
    assert text == "Café und Grüße"
    assert unicodedata.is_normalized("NFC", text)


def test_long_single_line():
    line = long_single_line()
    assert decode_article(line.encode()) == (line, "utf_8")


# --- article_id ----------------------------------------------------------------------------------

def test_article_id_is_stable_across_normalisation_forms():
    nfc = "Grüße aus Köln – café, ångström, 가나다, が"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    assert article_id(nfc) == article_id(nfd)
    assert re.fullmatch(r"[0-9a-f]{64}", article_id(nfc))
    import hashlib
    assert article_id(nfd) == hashlib.sha256(nfc.encode()).hexdigest()


def test_article_id_of_decoded_text_matches_legacy_and_utf8():
    for _, _, text, codec in LEGACY:
        assert article_id(decode_article(text.encode(codec))[0]) == article_id(decode_article(text.encode())[0])


# --- hostile folder -------------------------------------------------------------------------------

def test_hostile_folder_outcomes(tmp_path):
    folder = tmp_path / "in"
    expected = make_hostile_folder(folder, SEEDS)
    assert expected["symlink_outside.txt"] == "skipped"
    assert (folder / "symlink_outside.txt").is_symlink()
    assert not (folder / "symlink_outside.txt").resolve().is_relative_to(folder.resolve())
    assert (folder / "subdir").is_dir()
    assert len([k for k in expected if k.startswith("seed_")]) == len(list(SEEDS.glob("*.txt")))
    for name, outcome in expected.items():
        path = folder / name
        if outcome == "skipped":
            continue
        data = path.read_bytes()
        if outcome.startswith("deadletter:"):
            assert reason_of(data) == outcome.split(":", 1)[1], name
        else:
            assert outcome.startswith("enriched"), name
            text, _ = decode_article(data)
            assert OUTSIDE_MARKER not in text
    recursive = make_hostile_folder(tmp_path / "in2", None, recursive=True)
    assert recursive["subdir/nested_fr.txt"] == "enriched:fr"
    assert not any(k.startswith("seed_") for k in recursive)


# --- properties ------------------------------------------------------------------------------------

def _model(s: str) -> str:
    """Independent model of the cleaning for text without ESC."""
    s = s.replace("\r\n", "\n")
    s = "".join("\n" if c in "\r\x0b\x0c\x85" else c for c in s)
    s = "".join(c for c in s if c in "\n\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F))
    return unicodedata.normalize("NFC", s)


def _binaryish(s: str) -> bool:
    n = sum(1 for c in s if (ord(c) < 0x20 and c not in "\t\n\r\x0b\x0c\x1b") or c == "\x7f")
    return n > max(BINARY_CONTROL_RATIO * len(s), 1)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_any_bytes_decode_or_refuse(data):
    try:
        text, encoding = decode_article(data)
    except UndecodableInput as err:
        assert err.reason in REASONS
        return
    assert isinstance(text, str) and isinstance(encoding, str) and encoding
    assert text and not all(c.isspace() or c in decode_mod.INVISIBLE for c in text)
    assert unicodedata.is_normalized("NFC", text)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=64), st.integers(min_value=1, max_value=64))
def test_any_bytes_respect_max_bytes(data, limit):
    try:
        decode_article(data, max_bytes=limit)
    except UndecodableInput as err:
        if len(data) > limit:
            assert err.reason == "too-large"
    else:
        assert len(data) <= limit


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x1b\ufeff"),
               min_size=1))
def test_utf8_text_round_trips_to_nfc_without_controls(s):
    data = s.encode("utf-8")
    expected = _model(s)
    try:
        text, encoding = decode_article(data)
    except UndecodableInput as err:
        if _binaryish(s):  # NUL-heavy: refused unless some other encoding (BOM-less UTF-16) fits
            assert err.reason in {"binary", "undecodable", "empty", "whitespace-only"}
        elif not expected:
            assert err.reason == "empty"
        else:
            assert err.reason == "whitespace-only"
            assert all(c.isspace() or c in decode_mod.INVISIBLE for c in expected)
        return
    if _binaryish(s):
        assert encoding != "utf_8"  # charset-normalizer found another reading, e.g. UTF-16
        return
    assert encoding == "utf_8"
    assert text == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"])))
def test_article_id_is_a_function_of_the_nfc_text(s):
    assert article_id(s) == article_id(unicodedata.normalize("NFD", s)) == article_id(
        unicodedata.normalize("NFC", s))


def test_utf8_fast_path_does_not_call_charset_normalizer(monkeypatch):
    called = []
    monkeypatch.setattr(decode_mod, "_charset_normalizer_guess", lambda data: called.append(1))
    decode_article(long_single_line().encode())
    decode_article(HOSTILE_MARKUP.encode())
    assert not called


def test_short_random_bytes_are_not_read_as_bomless_utf16():
    rng = random.Random(16)
    for _ in range(100):
        try:
            _, encoding = decode_article(rng.randbytes(16))
        except UndecodableInput:
            continue
        assert not encoding.startswith("utf_16")


def test_character_cut_off_at_the_end_is_dropped():
    text = "Die Gespräche über höhere Löhne gehen weiter, sagte die Gewerkschaft. 東京"
    data = text.encode()[:-2]
    assert decode_article(data) == (text[:-1], "utf_8+cp1252")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bom_utf16_with_a_cut_off_last_byte(codec):
    text = "Die Zinsen bleiben unverändert, sagte Präsidentin Lagarde in Frankfurt."
    data = ("\ufeff" + text).encode(codec) + b"\x00"
    assert decode_article(data)[0] == text


@pytest.mark.parametrize("name,lang,text,codec", LEGACY[:5], ids=[row[0] for row in LEGACY[:5]])
def test_double_byte_character_cut_off_at_the_end(name, lang, text, codec):
    data = text.encode(codec)
    for cut in range(1, 4):
        short = data[:-cut]
        try:
            expected = short.decode(codec)
        except UnicodeDecodeError:
            expected = short[:-1].decode(codec)
        assert decode_article(short)[0] == expected


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_bomless_utf32_latin(codec):
    text = LEGACY[5][2]
    assert decode_article(text.encode(codec))[0] == text


def test_a_page_is_read_in_the_encoding_it_declares():
    from hostile import SAVED_PAGE

    text, encoding = decode_article(SAVED_PAGE.encode("cp1252"))   # charset-normalizer alone gave up
    assert encoding == "cp1252" and "Börse Frankfurt" in text
    page = "<?xml version='1.0' encoding='windows-1251'?><rss><channel><title>Новости Москвы</title></channel></rss>"
    assert decode_article(page.encode("cp1251")) == (page, "cp1251")
    latin = "<meta charset=iso-8859-1><p>Café “crème”</p>"   # read as browsers do: windows-1252
    assert decode_article(latin.encode("cp1252")) == (latin, "cp1252")
    # a declaration the bytes contradict (€ is 0x80, no Shift_JIS byte) is not followed
    wrong = "<meta charset=shift_jis><p>Der Ölpreis stieg am Montag auf 90 € je Barrel.</p>"
    assert decode_article(wrong.encode("cp1252")) == (wrong, "cp1252")
    # UTF-8 labelled iso-8859-1, with one stray byte: still UTF-8, not mojibake
    mislabelled = "<meta charset=iso-8859-1><p>Müller sagt, die Preise in Zürich und Köln steigen.</p>"
    text, encoding = decode_article(mislabelled.encode("utf-8") + b"\x92")
    assert encoding == "utf_8+cp1252" and text.startswith(mislabelled)
