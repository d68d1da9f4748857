"""Entity stage: this checkout against another git revision, article by article.

    python -m benchmarks.bench_entities_ab REV [-n 1000] [--rounds 3] [--lang ja]

The shared host's speed drifts by up to a third within an hour, so two runs of
``bench_entities_speed`` minutes apart can differ more than a change does. Here both
versions run in one process, alternating on every article (the same synthetic 5 KB
articles as ``bench_entities_speed``), so the drift falls on both alike. The other
revision's ``agents/entities`` (code and its data files) is exported with
``git archive`` into a temporary package; ``streams`` and the language stage are this
checkout's. Prints CPU milliseconds per article for each and the difference.
The other revision always runs as plain Python; run with ``NEWSSTREAM_PURE_PYTHON=1``
to compare like with like when this checkout's modules are compiled (it says which).
"""

from __future__ import annotations

import argparse
import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agents.compiled import mode  # noqa: E402
from agents.entities import extract as current  # noqa: E402
from agents.language.detect import detect  # noqa: E402
from benchmarks.articles import generate  # noqa: E402


def load_revision(rev: str, into: Path):
    """``agents/entities`` at ``rev`` as the importable package ``entities_at_rev``."""
    tar = subprocess.run(["git", "archive", rev, "agents/entities"], cwd=ROOT, check=True,
                         capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as t:
        # (extraction filters came with 3.11.4; Debian 12's 3.11.2 has none, and this
        # archive is the repository's own)
        t.extractall(into, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    (into / "agents" / "entities").rename(into / "entities_at_rev")
    sys.path.insert(0, str(into))
    for name in [m for m in sys.modules if m.split(".")[0] == "entities_at_rev"]:
        del sys.modules[name]   # (an earlier call's revision)
    return importlib.import_module("entities_at_rev.extract")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev", help="git revision to compare with (e.g. HEAD~5, a tag)")
    ap.add_argument("-n", type=int, default=1000, help="synthetic articles (default 1000)")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds (default 3)")
    ap.add_argument("--lang", help="only the synthetic articles detected as this language (de, ja...)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        other = load_revision(args.rev, Path(tmp))
        docs = [(t, lang) for t in generate(args.n) if (lang := detect(t)).code == args.lang or not args.lang]
        current.preload()
        other.preload()
        print(f"this checkout's entity modules: {mode()}; {args.rev}'s: pure Python")
        for text, lang in docs:   # warm both: lazy tables, regex caches
            other.extract(text, lang)
            current.extract(text, lang)
        clock = time.process_time
        for r in range(args.rounds):
            spent = {other: 0.0, current: 0.0}
            for i, (text, lang) in enumerate(docs):
                # who goes first swaps every article: the second run of an article finds it
                # in the CPU's caches, which favoured this checkout when it always ran second
                for version in ((other, current) if i % 2 else (current, other)):
                    a = clock()
                    version.extract(text, lang)
                    spent[version] += clock() - a
            t_other, t_current = spent[other], spent[current]
            n = len(docs)
            print(f"round {r + 1}: {args.rev} {t_other / n * 1e3:.3f} ms, this checkout "
                  f"{t_current / n * 1e3:.3f} ms per 5 KB article ({(t_current / t_other - 1) * 100:+.1f} %)")


if __name__ == "__main__":
    main()
