"""Realistic synthetic articles for benchmarks and the crash test.

Each article is one language, built from whole sentences of the seed article in
that language (so the language and entity stages do their real work), about
``size`` bytes, with a numbered byline so every article has its own id.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*|\n+")


@lru_cache(maxsize=1)
def seed_sentences() -> dict[str, list[str]]:
    """Sentences of each seed file (by name), long enough to be real sentences."""
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        parts = [s.strip() for s in _SENTENCE_END.split(path.read_text(encoding="utf-8"))]
        out[path.name] = [s for s in parts if len(s) >= 20]
    return out


def generate(count: int, size: int = 5000, seed: int = 7) -> list[str]:
    """`count` article texts of about `size` UTF-8 bytes each, deterministic."""
    rng = random.Random(seed)
    pools = list(seed_sentences().values())
    texts = []
    for number in range(count):
        pool = pools[number % len(pools)]
        parts = [f"#{number}"]
        length = 0
        while length < size:
            sentence = rng.choice(pool)
            parts.append(sentence)
            length += len(sentence.encode()) + 1
        texts.append("\n".join(parts))
    return texts
