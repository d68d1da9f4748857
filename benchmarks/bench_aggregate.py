"""Aggregation-stage benchmark: milliseconds per article, per step.

    python benchmarks/bench_aggregate.py [-n 2000] [--repeat 3] [--cache FILE.jsonl]

Articles are the deterministic synthetic ones of ``benchmarks.articles`` (about
5 KB, built from seed sentences, so they share many entities — Alibaba, China —
like a feed that follows one topic), run through the real language and entity
stages once. Those stages are slow; ``--cache`` keeps their output (JSON lines
of ``EntitiesArticle``) so repeated runs only time the aggregation.

Printed, in CPU time (``process_time``) per article, best of ``--repeat``:

* ``contribution``  ``stats.contribution(article)``
* ``stats add``     ``EntityStatsBook.add`` of those contributions, in order
* ``story assign``  ``StoryIndex.assign`` of the articles, in order
* ``total``         the three above: the aggregation cores
* ``Aggregator.add`` the whole step as the agent calls it (adds the ledger entry,
  enriched record and story update built in ``aggregator.py``)

then the size of a ledger entry, the memory the aggregation keeps per article
(``tracemalloc``: ledger values as the worker stores them, counts, stories) and
the CPU per entry of rebuilding from the ledger, as a worker does on gaining the
partition.

The input articles (2,000 parsed records, a few hundred thousand objects) are
moved out of the garbage collector's reach (``gc.freeze``) before timing: a
worker never holds them all, and otherwise each full collection that happens to
fall inside a step walks them and makes that step look up to 2x slower. The
aggregation's own state is collected as usual. ``--no-freeze`` times without.

A benchmark that prints figures, not a timed test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agents.aggregate.aggregator import Aggregator, LedgerEntry  # noqa: E402
from agents.aggregate.stats import EntityStatsBook, contribution  # noqa: E402
from agents.aggregate.stories import StoryIndex  # noqa: E402
from streams.records import EntitiesArticle  # noqa: E402


def build_articles(count: int) -> list[EntitiesArticle]:
    """``count`` synthetic articles through the real language and entity stages."""
    from agents.entities.agent import link
    from agents.language.agent import annotate
    from benchmarks.articles import generate
    from streams.decode import article_id
    from streams.records import RawArticle, utcnow

    return [link(annotate(RawArticle(id=article_id(t), source="bench", received_at=utcnow(), text=t)))
            for t in generate(count)]


def load_articles(count: int, cache: Path | None) -> list[EntitiesArticle]:
    if cache is not None and cache.exists():
        arts = [EntitiesArticle.from_json(line) for line in cache.read_bytes().splitlines() if line]
        if len(arts) >= count:
            return arts[:count]
    arts = build_articles(count)
    if cache is not None:
        cache.write_bytes(b"".join(a.to_json() + b"\n" for a in arts))
    return arts


def best(fn, repeat: int) -> float:
    """Best CPU seconds of ``repeat`` runs of ``fn()`` (each on fresh state)."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per step; the best is shown")
    ap.add_argument("--cache", type=Path, default=None,
                    help="JSON-lines file of EntitiesArticle to reuse (written if missing)")
    ap.add_argument("--no-freeze", action="store_true",
                    help="leave the input articles to the garbage collector")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    arts = load_articles(args.n, args.cache)
    n = len(arts)
    print(f"{n} articles ready in {time.perf_counter() - t0:.1f} s "
          f"({sum(len(a.entities) for a in arts) / max(n, 1):.1f} entities each)")

    contribs = [contribution(a) for a in arts]
    if not args.no_freeze:
        gc.collect()
        gc.freeze()

    def run_stats() -> None:
        book = EntityStatsBook()
        for c in contribs:
            book.add(c)

    def run_stories() -> StoryIndex:
        idx = StoryIndex()
        for a in arts:
            idx.assign(a)
        return idx

    def run_aggregator() -> None:
        agg = Aggregator()
        for a in arts:
            agg.add(a)

    rows = [("contribution", best(lambda: [contribution(a) for a in arts], args.repeat)),
            ("stats add", best(run_stats, args.repeat)),
            ("story assign", best(run_stories, args.repeat))]
    rows.append(("total", sum(t for _, t in rows)))
    rows.append(("Aggregator.add", best(run_aggregator, args.repeat)))
    stories = len(run_stories().groups())
    print(f"{stories} stories; CPU ms per article (best of {args.repeat}):")
    for name, secs in rows:
        print(f"  {name:<15} {1000 * secs / max(n, 1):8.4f}")

    # Does the cost grow with history? The whole step by consecutive quarters of the run.
    quarter = max(n // 4, 1)
    agg = Aggregator()
    parts = []
    for i in range(0, n, quarter):
        t0 = time.process_time()
        for a in arts[i:i + quarter]:
            agg.add(a)
        parts.append(f"{1000 * (time.process_time() - t0) / len(arts[i:i + quarter]):.4f}")
    print(f"  Aggregator.add by quarter of the run (articles 1-{quarter}, ...): {' '.join(parts)}")

    # What the worker that owns aggregation keeps per article (ledger table + changelog).
    fresh = Aggregator()
    ledger = [fresh.add(a).ledger for a in arts]
    size = sum(len(entry.to_json()) for entry in ledger) / max(n, 1)
    print(f"  ledger entry: {size:,.0f} bytes per article (JSON, kept in memory and in the changelog)")
    held = held_bytes(arts)
    print(f"  memory held per article: {held / max(n, 1):,.0f} bytes (ledger table as the worker keeps it "
          "+ counts and stories; tracemalloc)")

    # A worker that gains the partition replays the whole ledger.
    stored = [entry.stored() for entry in ledger]
    t0 = time.process_time()
    Aggregator.rebuild([LedgerEntry.from_json(value) for value in stored])
    print(f"  rebuild from the ledger: {1000 * (time.process_time() - t0) / max(n, 1):.3f} ms per entry")


def held_bytes(arts: list[EntitiesArticle]) -> int:
    """Memory the aggregation keeps after ``arts``: the ledger values exactly as the
    worker stores them (``AggregateStage.handle``) plus the aggregator's state."""
    gc.collect()
    tracemalloc.start()
    try:
        aggregator, table = Aggregator(), {}
        for article in arts:
            outcome = aggregator.add(article)
            table[article.id.encode()] = outcome.ledger.stored()
        del outcome
        gc.collect()
        return tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()


if __name__ == "__main__":
    main()
