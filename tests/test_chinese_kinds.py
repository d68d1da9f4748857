"""Chinese names by their kind's word (``agents/entities/chinese.py``): the search that tries
only the positions near a kind's word finds what the patterns find over the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agents.entities import chinese

# pieces that make the patterns match, fail at their lookaheads, or overlap: kinds' words,
# cue characters, the characters the lookaheads refuse, punctuation, line ends
_PIECES = ["大學", "大学", "國立", "醫院", "学院", "分局", "署", "總署", "夜市", "站", "車站", "捷運", "線", "綫",
           "小學", "中学", "医院", "有限公司", "農會", "法院", "地院", "路", "街", "大道", "長", "口", "段", "上",
           "在", "到", "的", "和", "據", "，", "。", "\n", "滯留", "東", "西", "山", "河", "新", "光", "明", "華",
           "台", "北", "中", "正", "研究", "中心", "系", "所"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_search_near_kinds_finds_what_the_whole_text_search_finds(text):
    for pattern, _, kinds in chinese._NAMED_BY_KIND:
        if callable(pattern):
            continue
        assert list(chinese._near_kinds(pattern, kinds, text)) == [m.span(1) for m in pattern.finditer(text)]
