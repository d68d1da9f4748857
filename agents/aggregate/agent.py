"""The aggregation stage on the stream: news.entities -> news.enriched, news.entity-stats,
news.stories.

Story grouping needs every article in one place, so news.entities has a single
partition and one worker of the group owns this stage (it is cheap per article;
the language and entity stages are the ones that scale out). The changelog-backed
``articles`` table is the ledger: one record per article id. The aggregator's
stories and counts are rebuilt from it whenever this worker (re)gains the
partition, so counts are exact under at-least-once delivery and replays.
"""

from __future__ import annotations

import logging
import time

import faust

from agents.aggregate.aggregator import Aggregator, LedgerEntry
from streams.batch_send import BatchSender
from streams.records import EntitiesArticle, EntityStats, StoryUpdate, with_field
from streams.stage import Output, run_stage
from streams.topics import ENTITIES

log = logging.getLogger(__name__)

# news.entity-stats carries the latest value of each (entity, window), sent at
# most once per this interval: an article touches ~16 entities x 3 windows, and
# sending those 48 records per article cost more than the rest of the stage at a
# steady 200 articles/s (small batches coalesce little). Like a Kafka Streams
# record cache, changes in between are folded into one record.
STATS_EVERY_S = 1.0


class Recovering(RuntimeError):
    """The ledger is still being restored from its changelog: no answer yet."""


class AggregateStage:
    def __init__(self, app: faust.App, topics) -> None:
        self.app = app
        self.topics = topics
        # Values are orjson-encoded LedgerEntry bytes, like every record on a topic.
        # One partition, so the partitioner can place changelog records: batched
        # handling has no "current event" for Faust to take the partition from.
        self.ledger = app.Table("articles", default=None, partitions=1, use_partitioner=True,
                                key_type=bytes, value_type=bytes)
        self._aggregator: Aggregator | None = None
        # Latest statistics per (entity, window, start) since the last flush, and
        # latest state of each story in this batch: one record each, not one per article.
        self._stats: dict[tuple, EntityStats] = {}
        self._stats_sent_at = time.monotonic()
        self._stories: dict[str, StoryUpdate] = {}

    def current(self) -> Aggregator:
        """The aggregator, rebuilt from the ledger the first time it is needed."""
        if self._aggregator is None:
            if self.app.in_recovery:  # rebuilding from a half-restored ledger would stick
                raise Recovering("the worker is restoring its tables; try again shortly")
            entries = [LedgerEntry.from_json(value) for value in self.ledger.values()]
            self._aggregator = Aggregator.rebuild(entries)
            log.info("aggregator rebuilt from %d ledger entries", len(entries))
        return self._aggregator

    def forget(self) -> None:
        self._aggregator = None

    def handle(self, value: bytes) -> list[Output]:
        article = EntitiesArticle.from_json(value)
        outcome = self.current().add(article)
        outputs: list[Output] = []
        if outcome.ledger is not None:
            key, entry = article.id.encode(), outcome.ledger.stored()
            # Faust's ``table[key] = entry`` queues the changelog record through its
            # per-message send_soon buffer (100 records); at 200 articles/s with two
            # workers that buffer filled and held this stage back for up to a second
            # (measured: aggregation hop p50 1.2 s, workers at 0.5-0.6 of a core). The
            # store is set directly and the changelog record leaves with the batch:
            # the same record, flushed before the offsets are committed like any output.
            self.ledger.data[key] = entry
            outputs.append((self.ledger.changelog_topic, key, entry))
        for stats in outcome.stats:
            self._stats[(stats.entity_id, stats.window, stats.window_start)] = stats
        if outcome.story is not None:
            self._stories[outcome.story.id] = outcome.story
        # The enriched record is the incoming one plus its story, bytes spliced.
        enriched = with_field(value, "story", outcome.ref)
        outputs.append((self.topics.enriched, article.id.encode(), enriched))
        return outputs

    def end_batch(self) -> list[Output]:
        outputs = [(self.topics.stories, s.id.encode(), s.to_json()) for s in self._stories.values()]
        self._stories.clear()
        return outputs + self.due_stats()

    def due_stats(self) -> list[Output]:
        """The statistics changed since the last flush, one record per (entity, window),
        once ``STATS_EVERY_S`` has passed since then; else nothing."""
        if not self._stats or time.monotonic() - self._stats_sent_at < STATS_EVERY_S:
            return []
        outputs = [(self.topics.entity_stats, s.entity_id.encode(), s.to_json())
                   for s in self._stats.values()]
        self._stats.clear()
        self._stats_sent_at = time.monotonic()
        return outputs


def register(app: faust.App, topics) -> AggregateStage:
    stage = AggregateStage(app, topics)

    @app.agent(topics.entities, name="aggregate")
    async def aggregate(stream):
        await run_stage(stream, stage="aggregate", handle=stage.handle,
                        deadletter=topics.deadletter, end_batch=stage.end_batch)

    stats_sender = BatchSender(app)

    @app.timer(STATS_EVERY_S)
    async def flush_quiet_stats() -> None:
        """Statistics changed by the last batches before the stream went quiet."""
        await stats_sender.send(stage.due_stats())

    @app.on_partitions_revoked.connect
    async def on_revoked(app, revoked, **kwargs) -> None:
        if any(tp.topic == ENTITIES for tp in revoked):
            stage.forget()  # whoever gets the partition next rebuilds from the ledger

    return stage
