"""The entity stage's pure core: ``extract(text, language) -> EntityResult``.

1. KB alias matching (script-aware, longest non-overlapping) links mentions to
   stable ids (``alibaba-group`` in every language and script).
2. Short forms of people already found ("Zhang" after "Daniel Zhang",
   "ông Wu" after "Eddie Yongming Wu") join that person.
3. An optional statistical backend (``NEWSSTREAM_NER_BACKEND``) adds spans,
   linked to the KB by alias where possible.
4. Heuristic candidates cover what is left; each gets an ``x-`` id from its
   transliterated form.
5. Money and percentages come from ``amounts.find_amounts``.

Everything heavy (KB, automaton, regexes, word lists) is built once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.records import EntityResult, LanguageResult

from .amounts import find_amounts
from .backends import get_backend
from .candidates import find_candidates, unknown_id
from .kb import KBEntity, get_kb, script_of

_TOKEN_SPLIT = re.compile(r"[\s\u00a0]+")


class _Collector:
    def __init__(self):
        self.order: list[str] = []
        self.meta: dict[str, tuple[str, str, str | None]] = {}
        self.mentions: dict[str, list[tuple[int, int]]] = {}

    def add(self, eid: str, name: str, etype: str, qid: str | None, start: int, end: int):
        if eid not in self.meta:
            self.order.append(eid)
            self.meta[eid] = (name, etype, qid)
            self.mentions[eid] = []
        self.mentions[eid].append((start, end))

    def result(self, text: str) -> list[dict]:
        out = []
        for eid in self.order:
            name, etype, qid = self.meta[eid]
            ms = sorted(set(self.mentions[eid]))
            out.append({"id": eid, "name": name, "type": etype, "wikidata": qid,
                        "mentions": [{"text": text[s:e], "start": s, "end": e} for s, e in ms],
                        "count": len(ms)})
        return out


@lru_cache(maxsize=4096)
def _surname_rx(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![^\W\d_])")


def _short_forms(text: str, hits, covered: bytearray, col: _Collector):
    """Surname-only mentions of people found in full earlier in the article."""
    surnames: dict[str, KBEntity] = {}
    for h in hits:
        if h.entity.type != "PER":
            continue
        surface = text[h.start:h.end]
        toks = _TOKEN_SPLIT.split(surface)
        if len(toks) >= 2:
            last = toks[-1]
            if len(last) >= 2 and script_of(last[0]) not in ("CJK", "HIRAGANA", "KATAKANA"):
                surnames.setdefault(last, h.entity)
        name_toks = h.entity.name.split()
        if len(name_toks) >= 2 and len(name_toks[-1]) >= 2 and name_toks[-1][0].isupper():
            surnames.setdefault(name_toks[-1], h.entity)
    if not surnames:
        return
    rx = _surname_rx(tuple(sorted(surnames, key=len, reverse=True)))
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        if any(covered[s:e]):
            continue
        ent = surnames[m.group()]
        covered[s:e] = b"\x01" * (e - s)
        col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)


def extract(text: str, language: LanguageResult | None = None) -> EntityResult:
    code = (language.code if language else "und") or "und"
    script = (language.script if language else "") or ""
    kb = get_kb()
    col = _Collector()
    covered = bytearray(len(text) + 1)

    hits = kb.match(text)
    for h in hits:
        covered[h.start:h.end] = b"\x01" * (h.end - h.start)
        e = h.entity
        col.add(e.id, e.name, e.type, e.wikidata, h.start, h.end)
    _short_forms(text, hits, covered, col)

    backend = get_backend()
    if backend is not None:
        for sp in sorted(backend.spans(text, code), key=lambda s: s.start):
            s, e = sp.start, sp.end
            if not (0 <= s < e <= len(text)) or any(covered[s:e]):
                continue
            surface = text[s:e]
            ent = kb.lookup(surface)
            covered[s:e] = b"\x01" * (e - s)
            if ent is not None:
                col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)
            else:
                col.add(unknown_id(surface), surface, sp.label, None, s, e)

    for c in find_candidates(text, code, script, covered):
        ent = kb.lookup(c.text)
        if ent is not None:
            col.add(ent.id, ent.name, ent.type, ent.wikidata, c.start, c.end)
        else:
            uid = unknown_id(c.text)
            if uid == "x-unnamed":
                continue
            col.add(uid, c.text, c.type, None, c.start, c.end)

    # one validation call for the whole result: far cheaper than a model per mention
    return EntityResult.model_validate({"entities": col.result(text),
                                        "amounts": find_amounts(text, code)})
