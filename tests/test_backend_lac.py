"""The LAC backend (NEWSSTREAM_NER_BACKEND=lac): Chinese spans with offsets into the text
as given.  Skipped unless the ner-lac extra (LAC + paddlepaddle) is installed."""

import importlib.util

import pytest

pytest.importorskip("paddle")
if importlib.util.find_spec("LAC") is None:   # (importing LAC itself needs the backend's paddle.fluid alias)
    pytest.skip("LAC is not installed: pip install 'newsstream[ner-lac]'", allow_module_level=True)

from agents.entities.backends import Span, make_backend  # noqa: E402


@pytest.fixture(scope="module")
def lac():
    return make_backend("lac")


def spans_of(backend, text):
    return {(text[s.start:s.end], s.label) for s in backend.spans(text, "zh")}


def test_simplified_sentence(lac):
    text = "马云创办了阿里巴巴集团，总部在杭州。"
    got = lac.spans(text, "zh")
    assert all(isinstance(s, Span) and 0 <= s.start < s.end <= len(text) for s in got)
    assert spans_of(lac, text) >= {("马云", "PER"), ("阿里巴巴集团", "ORG"), ("杭州", "LOC")}


def test_traditional_text_keeps_offsets(lac):
    # traditional characters are mapped one to one for the model; spans index the original
    text = "台灣的中央研究院位於臺北市。"
    found = spans_of(lac, text)
    assert ("中央研究院", "ORG") in found
    assert ("臺北市", "LOC") in found


def test_lines_and_sentences(lac):
    text = "  北京今天下雨。\n\n李明去了上海！\n"
    found = spans_of(lac, text)
    assert ("北京", "LOC") in found and ("上海", "LOC") in found and ("李明", "PER") in found
    for s in lac.spans(text, "zh"):
        assert text[s.start:s.end].strip() == text[s.start:s.end]


def test_other_languages_and_empty(lac):
    assert lac.spans("東京で会議が開かれた。", "ja") == []
    assert lac.spans("", "zh") == []
    assert lac.spans(" \n ", "zh") == []
