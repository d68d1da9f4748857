"""The aggregation step as one object: stories and entity statistics, rebuildable.

Its state is a pure function of the set of articles it has seen. Each article
leaves one small ledger entry (``LedgerEntry``); replaying the ledger in order
rebuilds exactly the same story ids and counts. That is how the worker stays
exact under at-least-once delivery: the ledger is the only thing persisted
(one changelog record per article, atomic), everything else is derived.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pydantic import Field

from agents.aggregate.stats import EntityStatsBook, contribution
from agents.aggregate.stories import StoryIndex
from streams.records import (EnrichedArticle, EntitiesArticle, EntityStats, Model, StoryRef, StoryUpdate,
                             compact)

log = logging.getLogger(__name__)


class LedgerEntry(Model):
    """What the aggregator remembers of one article: enough to rebuild everything."""

    seq: int
    story_id: str
    text_length: int = Field(ge=0, description="salience weighs mention position against it")
    article: EntitiesArticle = Field(description="the article without its text and extra mentions; "
                                                 "its statistics contribution is recomputed from it")

    def stored(self) -> bytes:
        """The bytes the ledger table keeps (and its changelog carries) for this entry."""
        return compact(self.to_json())


@dataclass
class Outcome:
    article: EntitiesArticle
    ref: StoryRef  # the article's story, as the enriched record carries it
    stats: list[EntityStats]
    story: StoryUpdate | None
    ledger: LedgerEntry | None  # None when the article was already counted

    @property
    def enriched(self) -> EnrichedArticle:
        """Built on demand: the worker splices ``ref`` into the bytes it received instead."""
        return EnrichedArticle.extending(self.article, story=self.ref)


def _start(mention) -> int:
    return mention.start


def slim(article: EntitiesArticle) -> EntitiesArticle:
    """What grouping and statistics need (entity ids, counts, earliest mention,
    amounts), without the text: ``contribution`` and ``article_vector`` give the
    same results on it as on the article (text length restored as spaces)."""
    entities = [e.model_copy(update={"mentions": [min(e.mentions, key=_start)] if e.mentions else [],
                                     "count": max(e.count, len(e.mentions))})
                for e in article.entities]
    return article.model_copy(update={"text": "", "entities": entities})


def restored(entry: LedgerEntry) -> EntitiesArticle:
    """The ledger's article with a text of the right length (spaces) for salience."""
    return entry.article.model_copy(update={"text": " " * entry.text_length})


class Aggregator:
    def __init__(self) -> None:
        self.stats = EntityStatsBook()
        self.stories = StoryIndex()
        self.seq = 0

    def add(self, article: EntitiesArticle) -> Outcome:
        known = self.stories.story_of(article.id)
        ref = self.stories.assign(article)
        if known is not None:  # a redelivery or a replay: same story, no count changes
            return Outcome(article=article, ref=ref, stats=[], story=None, ledger=None)
        contrib = contribution(article)
        changed = self.stats.add(contrib)
        self.seq += 1
        entry = LedgerEntry.model_construct(seq=self.seq, story_id=ref.id, text_length=len(article.text),
                                            article=slim(article))
        return Outcome(article=article, ref=ref, stats=changed,
                       story=self.stories.story(ref.id), ledger=entry)

    @classmethod
    def rebuild(cls, entries: list[LedgerEntry]) -> Aggregator:
        """Replay a ledger in its original order: the same stories and counts as before."""
        aggregator = cls()
        for entry in sorted(entries, key=lambda e: e.seq):
            article = restored(entry)
            ref = aggregator.stories.assign(article)
            if ref.id != entry.story_id:
                # Grouping is deterministic up to float ties (set order follows the
                # process's hash seed); counts do not depend on it, so carry on.
                log.warning("ledger replay put %s in %s, not %s", entry.article.id, ref.id,
                            entry.story_id)
            aggregator.stats.add(contribution(article))
            aggregator.seq = max(aggregator.seq, entry.seq)
        return aggregator
