"""Crash recovery: SIGKILL the worker mid-stream, twice; nothing lost, nothing counted twice."""

from __future__ import annotations

import signal
import threading
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict

import orjson
import pytest
from conftest import isolated_settings, start_worker
from kafka import KafkaProducer

from benchmarks.articles import generate
from streams import topics
from streams.consume import TopicReader
from streams.decode import article_id
from streams.records import DeadLetter, EnrichedArticle, RawArticle, utcnow

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ARTICLES = 2000
MALFORMED = 20
KILL_AT = (0.25, 0.6)  # fractions of the stream enriched when a kill lands


class Enriched(threading.Thread):
    """Every enriched record, de-duplicated by article id (delivery is at-least-once)."""

    def __init__(self, settings):
        super().__init__(daemon=True)
        self.reader = TopicReader(settings, [topics.ENRICHED, topics.DEADLETTER], from_beginning=True)
        self.articles: dict[str, EnrichedArticle] = {}
        self.deliveries = 0
        self.dead = 0
        self.dead_payloads: set[str] = set()
        self.stop = threading.Event()

    def run(self) -> None:
        for topic, value in self.reader.records(ticks=True):
            if topic == topics.ENRICHED:
                article = EnrichedArticle.from_json(value)
                self.articles[article.id] = article
                self.deliveries += 1
            elif topic == topics.DEADLETTER:
                self.dead += 1
                self.dead_payloads.add(DeadLetter.from_json(value).payload_b64)
            if self.stop.is_set():
                break
        self.reader.close()


def wait(predicate, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def get_json(url: str, timeout_s: float = 60):
    """GET, retrying while the worker is still restoring its tables (503)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return orjson.loads(response.read())
        except urllib.error.HTTPError as exc:
            if exc.code != 503 or time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_sigkill_mid_stream_loses_nothing_and_counts_exactly(kafka_bootstrap, tmp_path, capsys):
    settings = isolated_settings(kafka_bootstrap, tmp_path)
    topics.ensure_topics(settings)
    texts = generate(ARTICLES, size=3000, seed=11)
    raws = [RawArticle(id=article_id(t), source=f"gen/{n}.txt", received_at=utcnow(), text=t)
            for n, t in enumerate(texts)]
    ids = {r.id for r in raws}
    assert len(ids) == ARTICLES

    worker = start_worker(settings, tmp_path / "worker.log")
    enriched = Enriched(settings)
    enriched.start()
    producer = KafkaProducer(**settings.kafka_python_config(), acks="all", linger_ms=5)
    for number, raw in enumerate(raws):
        producer.send(topics.RAW, key=raw.id.encode(), value=raw.to_json())
        if number % (ARTICLES // MALFORMED) == 0:
            producer.send(topics.RAW, value=b"{not json %d" % number)
    producer.flush()
    producer.close()

    kills = 0
    try:
        for fraction in KILL_AT:
            wait(lambda: len(enriched.articles) >= fraction * ARTICLES, 300, f"{fraction:.0%} enriched")
            worker.process.send_signal(signal.SIGKILL)
            worker.process.wait()
            kills += 1
            worker = start_worker(settings, tmp_path / "worker.log")
        wait(lambda: ids <= set(enriched.articles) and len(enriched.dead_payloads) >= MALFORMED,
             300, "every record enriched or dead-lettered")

        # Expected statistics, recounted from the enriched records themselves.
        articles_of: Counter[str] = Counter()
        mentions_of: Counter[str] = Counter()
        languages_of: dict[str, Counter[str]] = defaultdict(Counter)
        for article in enriched.articles.values():
            for entity in article.entities:
                articles_of[entity.id] += 1
                mentions_of[entity.id] += entity.count
                languages_of[entity.id][article.language.code] += 1
        top = get_json(f"{worker.url}/entities/top?window=all&limit=30")
        assert top, "no statistics served after recovery"
        for row in top:
            eid = row["entity_id"]
            assert row["articles"] == articles_of[eid], (eid, row["articles"], articles_of[eid])
            assert row["mentions"] == mentions_of[eid], (eid, row["mentions"], mentions_of[eid])
            assert row["languages"] == dict(languages_of[eid]), eid
        stories = get_json(f"{worker.url}/stories")
        story_articles = [a for s in stories for a in get_json(f"{worker.url}/stories/{s['id']}")["articles"]]
        assert len(story_articles) == len(set(story_articles)), "an article sits in two stories"
        assert sum(s["size"] for s in stories) == len(story_articles)
    finally:
        enriched.stop.set()
        code = worker.stop()
    with capsys.disabled():  # the figures belong in the CI log, passing or not
        print(f"\ncrash test: {ARTICLES + MALFORMED} records in = {len(enriched.articles)} articles "
              f"enriched ({enriched.deliveries} deliveries, at-least-once) + "
              f"{len(enriched.dead_payloads)} dead-lettered ({enriched.dead} deliveries); "
              f"{kills} SIGKILLs survived, clean SIGTERM exit {code}")
    assert kills == len(KILL_AT)
    # Records in = enriched + dead-lettered, each counted once by its identity.
    assert len(enriched.articles) + len(enriched.dead_payloads) == ARTICLES + MALFORMED
    assert code == 0
