"""Mixed-language segments: are foreign paragraphs found, and none invented?

    python -m benchmarks.lang_devset DEV_DIR          # once: the development set
    python benchmarks/bench_segments.py DEV_DIR [--seed 7]

Articles are built from the development set's sentences (never the langid test set):
for each language A, three articles "3 sentences of A / a paragraph of 3 sentences of
another language B / 3 sentences of A" with B drawn at random, and one article of four
paragraphs of A alone. It prints how many B paragraphs came out as a segment of B
covering the paragraph (with A as the primary language), split by whether A and B share
a script, and how many monolingual articles got more than one segment.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agents.language.detect import SCRIPT_OF, detect  # noqa: E402


def run(dev: Path, seed: int = 7, mixed_per_lang: int = 3) -> dict:
    sentences = {p.stem: [line for line in p.read_text(encoding="utf-8").splitlines() if len(line) > 60]
                 for p in sorted((dev / "sentences").glob("*.txt"))}
    sentences = {k: v for k, v in sentences.items() if len(v) >= 12}
    rng = random.Random(seed)
    langs = sorted(sentences)
    found = {True: [0, 0], False: [0, 0]}   # same script -> [found, total]
    extra = 0
    for a in langs:
        for _ in range(mixed_per_lang):
            b = rng.choice([x for x in langs if x != a])
            ours, theirs = rng.sample(sentences[a], 6), rng.sample(sentences[b], 3)
            head, para = " ".join(ours[:3]), " ".join(theirs)
            text = head + "\n\n" + para + "\n\n" + " ".join(ours[3:])
            start, end = len(head) + 2, len(head) + 2 + len(para)
            r = detect(text)
            ok = r.code == a and any(s.code == b and s.start <= start + 5 and s.end >= end - 5
                                     for s in r.segments)
            tally = found[SCRIPT_OF.get(a) == SCRIPT_OF.get(b)]
            tally[0] += ok
            tally[1] += 1
        mono = rng.sample(sentences[a], 8)
        r = detect("\n\n".join(" ".join(mono[i:i + 2]) for i in range(0, 8, 2)))
        extra += len(r.segments) != 1
    return {"same_script": tuple(found[True]), "other_script": tuple(found[False]),
            "monolingual_extra": (extra, len(langs))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dev", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    r = run(args.dev, args.seed)
    for key in ("same_script", "other_script"):
        ok, n = r[key]
        print(f"foreign paragraph found, {key.replace('_', ' ')}: {ok}/{n} ({ok / max(1, n):.1%})")
    extra, n = r["monolingual_extra"]
    print(f"monolingual articles with an extra segment: {extra}/{n}")


if __name__ == "__main__":
    main()
