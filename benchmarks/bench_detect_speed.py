"""CPU cost of article language detection (``detect``): ms per article, articles/s.

    python benchmarks/bench_detect_speed.py            # 2000 synthetic ~5 KB articles + the seeds
    python benchmarks/bench_detect_speed.py -n 500     # fewer articles
    python benchmarks/bench_detect_speed.py --profile  # plus cProfile's top 10 (by own time)

A benchmark that prints, not a timed test. Models are loaded and every article is
detected once before timing (warm-up), so the figures are the steady-state cost of
a running worker. Time is process CPU time (``time.process_time``), which other
processes sharing the machine disturb less than wall-clock time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agents.language.detect import detect  # noqa: E402
from benchmarks.articles import generate  # noqa: E402


def _time(texts: list[str], repeat: int) -> float:
    """Best CPU seconds of ``repeat`` passes of detect over ``texts``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            detect(t)
        best = min(best, time.process_time() - t0)
    return best


def _report(name: str, texts: list[str], seconds: float) -> None:
    n = len(texts)
    kb = sum(len(t.encode()) for t in texts) / n / 1024
    ms = seconds * 1000 / n
    rate = n / seconds if seconds > 0 else float("inf")
    print(f"{name:<22} {n:>6} articles  {kb:5.1f} KB avg  {ms:7.3f} ms/article  {rate:9.0f} articles/s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000, help="synthetic articles (default 2000)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best counts (default 3)")
    ap.add_argument("--profile", action="store_true", help="print cProfile's top 10 for the synthetic articles")
    args = ap.parse_args(argv)

    texts = generate(args.n)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for t in texts + seeds:  # warm-up: load models, build detectors and tables
        detect(t)

    _report("synthetic", texts, _time(texts, args.repeat))
    _report("seeds (x20)", seeds * 20, _time(seeds * 20, args.repeat))

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for t in texts:
            detect(t)
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(10)
        print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
