"""Topic names and their explicit declaration.

Topics are created before anything produces to them: a broker that
auto-creates a topic on first produce picks its own partition count, and a
Faust table whose changelog disagrees with its source topic crashes with
PartitionsMismatch.
"""

from __future__ import annotations

import logging
import time

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from streams.settings import Settings

log = logging.getLogger(__name__)

RAW = "news.raw"
LANG = "news.lang"
ENTITIES = "news.entities"
ENRICHED = "news.enriched"
DEADLETTER = "news.deadletter"
ENTITY_STATS = "news.entity-stats"
STORIES = "news.stories"

PIPELINE_TOPICS = (RAW, LANG, ENTITIES, ENRICHED, DEADLETTER, ENTITY_STATS, STORIES)


# Faust tables, declared here so their changelogs are created with the rest.
TABLE_NAMES = ("articles",)

# Story grouping needs every article in one place: the aggregation input and the
# ledger table it feeds are single-partition (see agents/aggregate/agent.py).
SINGLE_PARTITION = (ENTITIES, "articles")


def partitions_for(name: str, settings: Settings) -> int:
    single = any(name == s or name == f"{settings.app_id}-{s}-changelog" for s in SINGLE_PARTITION)
    return 1 if single else settings.partitions


def changelog_topics(app_id: str) -> tuple[str, ...]:
    """Faust names a table's changelog `<app id>-<table>-changelog`."""
    return tuple(f"{app_id}-{name}-changelog" for name in TABLE_NAMES)


def ensure_topics(settings: Settings, timeout_s: float | None = 30.0) -> None:
    """Create every topic the pipeline uses, with its partition count, idempotently.

    Retries with backoff while the broker is unreachable: for ``timeout_s``
    seconds, or for ever with ``None`` (a worker waits for its cluster)."""
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    names = PIPELINE_TOPICS + changelog_topics(settings.app_id)
    backoff = 1.0
    while True:
        try:
            admin = KafkaAdminClient(**settings.kafka_python_config(), client_id="newsstream-admin",
                                     request_timeout_ms=10_000, bootstrap_timeout_ms=5_000)
            break
        except KafkaError as exc:
            if deadline is not None and time.monotonic() + backoff > deadline:
                raise
            log.warning("Kafka not reachable at %s (%s); retrying in %.0f s",
                        settings.bootstrap_servers, type(exc).__name__, backoff)
            time.sleep(backoff)
            backoff = min(backoff * 2, 30.0)
    try:
        existing = set(admin.list_topics())
        missing = [NewTopic(name, partitions_for(name, settings), 1)
                   for name in names if name not in existing]
        if missing:
            try:
                admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass  # another process declared them first
        for description in admin.describe_topics(list(names)):
            count, expected = len(description["partitions"]), partitions_for(description["name"], settings)
            if count != expected:
                log.warning("topic %s has %d partitions, expected %d", description["name"],
                            count, expected)
    finally:
        admin.close()
