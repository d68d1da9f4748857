"""The three stages composed in-process: what `newsstream enrich` runs, no broker.

The worker runs the very same steps, one agent each, with topics in between.
"""

from __future__ import annotations

from agents.aggregate.aggregator import Aggregator
from agents.entities.agent import link
from agents.language.agent import annotate
from streams.records import EnrichedArticle, RawArticle


def enrich(raw: RawArticle, aggregator: Aggregator) -> EnrichedArticle:
    return aggregator.add(link(annotate(raw))).enriched
