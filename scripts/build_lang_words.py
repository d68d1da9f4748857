#!/usr/bin/env python
"""Build the word-frequency tables the language detector uses next to its n-gram models.

Writes ``agents/language/data/words.txt.gz`` (gzip, mtime 0): UTF-8 text, one bucket
a line::

    # comment lines
    <lang>\t*\t<cB>                  the list stops at this bucket (rarer words left out)
    <lang>\t<cB>\t<word> <word> ...

where a word's frequency is 10 ** (-cB / 100) (cB: centibels below 1, as wordfreq
stores them). Words are wordfreq's "small" lists, casefolded, letters and combining
marks only. Near twins the detector must separate and that wordfreq covers (Malay and
Indonesian, Bokmål and Danish) and Hindi (against Marathi, which wordfreq lacks) keep
the whole list (frequency >= 1e-6); the 30 other detector languages wordfreq covers
(Arabic, Persian and Urdu among them) keep the words down to a frequency of about 3e-6
(cB < 550), enough to re-rank n-gram candidates on two or three words (the whole lists
would add about 2.5 MB for little more).
wordfreq's "fil" (Tagalog) is written as the detector's "tl". wordfreq has no
Nynorsk and merges Bosnian, Croatian and Serbian into one Latin-script list, "sh",
written as it is: it stands for all three against other languages (twins.py spells it in
Cyrillic for Serbian), and the three are told apart by the marker words in
agents/language/twins.py.

wordfreq is needed only here, at build time (the project's ``kb`` extra); the
detector reads the file. Same wordfreq version in, same text out
(tests/test_lang_build.py checks it).

Run: ``python scripts/build_lang_words.py`` (about 10 s), then commit
agents/language/data/words.txt.gz.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "agents" / "language" / "data" / "words.txt.gz"
# Near twins: the whole "small" list (down to a frequency of 1e-6). Hindi too: Marathi,
# which wordfreq lacks, shares its script, and a Devanagari word Hindi never uses is
# evidence for Marathi.
TWINS = ("ms", "id", "nb", "da", "hi")
# Every other language of the detector that wordfreq covers: words down to a frequency of
# 10 ** -5.5 (cB < 550), enough to re-rank n-gram candidates on a few words.
OTHERS = ("ar bg ca cs de en es fa fi fil fr hu is it lt lv mk nl pl pt ro ru sh sk sl sv tr uk ur vi").split()
COMMON_CB = 550
# wordfreq's code -> the detector's (wordfreq says "fil" for Tagalog).
CODE = {"fil": "tl"}


def _is_word(w: str) -> bool:
    """Letters and combining marks only (Devanagari vowel signs are marks, not letters)."""
    return bool(w) and w[0].isalpha() and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in w)


def build() -> str:
    import wordfreq

    version = getattr(wordfreq, "__version__", None)
    if version is None:
        from importlib.metadata import version as _v
        version = _v("wordfreq")
    lines = [
        "# Word frequencies for telling near-identical languages apart.",
        f"# Built by scripts/build_lang_words.py from wordfreq {version} ('small' lists).",
        "# <lang> TAB <cB> TAB <words>: each word's frequency is 10 ** (-cB / 100).",
        "# <lang> TAB * TAB <cB>: the list stops there (rarer words are left out).",
    ]
    for lang in TWINS + tuple(OTHERS):
        seen: set[str] = set()
        buckets = wordfreq.get_frequency_list(lang, wordlist="small")
        if lang not in TWINS:
            buckets = buckets[:COMMON_CB]
        code = CODE.get(lang, lang)
        lines.append(f"{code}\t*\t{len(buckets)}")  # where the list stops, in cB
        for cb, bucket in enumerate(buckets):
            words = []
            for w in bucket:
                w = w.casefold()
                if _is_word(w) and w not in seen:
                    seen.add(w)
                    words.append(w)
            if words:
                lines.append(f"{code}\t{cb}\t{' '.join(sorted(words))}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help=f"output file (default {OUT.relative_to(ROOT)})")
    args = ap.parse_args(argv)
    text = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data):,} bytes, {len(text.encode('utf-8')):,} unpacked)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
