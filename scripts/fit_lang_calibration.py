#!/usr/bin/env python
"""Fit the language detector's confidence calibration on the development set.

    python scripts/fit_lang_calibration.py [DEV_DIR]

The detector's raw confidence mixes fastText probabilities, lingua's relative
confidences and word-evidence odds; on a few words it said 0.75 where it was right 90 %
of the time. This maps it to the probability that the label is exactly right, with
isotonic regression (pool-adjacent-violators) over the development set of
``benchmarks/lang_devset.py`` (gettext translations shipped in PyPI wheels; built into
DEV_DIR when that folder does not exist yet). Never the langid test set: ``newsstream
bench lang`` measures the result there (its ECE column).

Two maps, because the evidence differs in kind: ``short`` for text with fewer letters
than the detector trusts fastText on (two or three words), ``long`` for the rest.
Each is a list of (raw, calibrated) knots; the detector interpolates linearly between
them. Raw confidences are first pooled into bins of at least MIN_BIN texts so that no
knot rests on a handful of texts.

Writes ``agents/language/data/calibration.json``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "agents" / "language" / "data" / "calibration.json"
MIN_BIN = 100


def isotonic(points: list[tuple[float, bool]]) -> list[list[float]]:
    """Knots (raw, accuracy) of the non-decreasing fit of correctness on raw confidence."""
    points = sorted(points)
    bins: list[list[float]] = []  # [sum raw, sum correct, n]
    for i in range(0, len(points), MIN_BIN):
        part = points[i:i + MIN_BIN]
        bins.append([sum(c for c, _ in part), sum(ok for _, ok in part), len(part)])
    blocks: list[list[float]] = []
    for b in bins:  # pool adjacent violators
        blocks.append(list(b))
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            last = blocks.pop()
            for k in range(3):
                blocks[-1][k] += last[k]
    knots = [[round(s / n, 4), round(ok / n, 4)] for s, ok, n in blocks]
    ends = [[1.0, knots[-1][1]]] if knots[-1][0] < 1.0 else []
    return [[0.0, 0.0]] + knots + ends


def main() -> None:
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/newsstream-lang-devset")
    if not (dev / "sentences").is_dir():
        subprocess.run([sys.executable, "-m", "benchmarks.lang_devset", str(dev)], cwd=ROOT, check=True)
    from agents.language.detect import SHORT_LETTERS, raw_line
    from benchmarks.bench_lang import KINDS, load

    regimes: dict[str, list[tuple[float, bool]]] = {"short": [], "long": []}
    for kind in KINDS:
        for lang, lines in load(dev, kind, 200).items():
            for line in lines:
                code, conf, letters = raw_line(line)
                regimes["short" if letters < SHORT_LETTERS else "long"].append((conf, code == lang))
    table = {name: isotonic(points) for name, points in regimes.items()}
    table["_source"] = ("isotonic fit on benchmarks/lang_devset.py (%s texts short, %s long); "
                        "scripts/fit_lang_calibration.py" % (len(regimes["short"]), len(regimes["long"])))
    lines = [f' "{k}": {json.dumps(v)}' for k, v in table.items()]  # a map a line
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"wrote {OUT}: " + ", ".join(f"{k} {len(v)} knots" for k, v in table.items() if k != "_source"))


if __name__ == "__main__":
    main()
