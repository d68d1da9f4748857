"""End to end through a real broker and a real worker process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

import orjson
import pytest
from conftest import ROOT, SEEDS
from kafka import KafkaProducer

from streams import topics
from streams.consume import TopicReader
from streams.decode import article_id
from streams.producer import replay
from streams.records import DeadLetter, EnrichedArticle, EntityStats, StoryUpdate

pytestmark = pytest.mark.e2e

SEED_LANGUAGES = {"000": "hi", "001": "ar", "002": "de", "003": "ja", "004": "vi"}


def read_until(settings, topic: str, done, timeout_s: float = 60.0) -> list[bytes]:
    """Values of `topic` from the beginning until `done(values)` holds."""
    values: list[bytes] = []
    deadline = time.monotonic() + timeout_s
    with TopicReader(settings, [topic], from_beginning=True) as reader:
        for _, value in reader.records(ticks=True):
            if value:
                values.append(value)
                if done(values):
                    return values
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out on {topic} with {len(values)} records")
    return values


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return orjson.loads(response.read())


@pytest.fixture(scope="module")
def enriched(worker) -> dict[str, EnrichedArticle]:
    published = replay(worker.settings, SEEDS)
    assert len(published.articles) == 5 and not published.dead
    ids = set(published.articles)
    values = read_until(worker.settings, topics.ENRICHED,
                        lambda vs: ids <= {EnrichedArticle.from_json(v).id for v in vs})
    by_id = {a.id: a for a in map(EnrichedArticle.from_json, values)}
    return {published.articles[i].rsplit("/", 1)[-1][:3]: by_id[i] for i in ids}


def test_seeds_are_enriched_with_their_languages(enriched):
    assert {seed: a.language.code for seed, a in enriched.items()} == SEED_LANGUAGES
    for article in enriched.values():
        for entity in article.entities:
            for mention in entity.mentions:
                assert article.text[mention.start:mention.end] == mention.text


def test_one_identity_for_alibaba_in_every_language(enriched):
    ids_per_seed = [{e.id for e in a.entities if e.name.startswith("Alibaba Group")}
                    for a in enriched.values()]
    assert all(ids == {"alibaba-group"} for ids in ids_per_seed), ids_per_seed


def test_arabic_and_vietnamese_seeds_share_a_story(enriched):
    stories = {seed: a.story.id for seed, a in enriched.items()}
    assert stories["001"] == stories["004"]
    assert len({stories[s] for s in ("000", "001", "002", "003")}) == 4


def test_worker_serves_statistics_and_a_replay_changes_no_count(worker, enriched):
    before = get_json(worker.url + "/entities/top?window=all&limit=50")
    assert before[0]["entity_id"] == "alibaba-group"
    assert sorted(before[0]["languages"]) == ["ar", "de", "hi", "ja", "vi"]
    replay(worker.settings, SEEDS)  # same files again: same ids
    read_until(worker.settings, topics.ENRICHED, lambda vs: len(vs) >= 10)
    assert get_json(worker.url + "/entities/top?window=all&limit=50") == before
    assert get_json(worker.url + "/languages?window=all") == {
        "window": "all", "articles": 5, "languages": {c: 1 for c in SEED_LANGUAGES.values()}}
    story = enriched["001"].story.id
    assert set(get_json(f"{worker.url}/stories/{story}")["languages"]) == {"ar", "vi"}


def test_downstream_topics_carry_the_latest_statistics_and_stories(worker, enriched):
    """news.entity-stats and news.stories are what other services consume: their
    latest record per key must agree with the worker's own views."""
    def latest_alibaba(values):
        records = [EntityStats.from_json(v) for v in values]
        mine = [r for r in records if r.entity_id == "alibaba-group" and r.window == "all"]
        return mine[-1] if mine else None

    values = read_until(worker.settings, topics.ENTITY_STATS,
                        lambda vs: (s := latest_alibaba(vs)) is not None and s.articles == 5)
    stats = latest_alibaba(values)
    assert stats.languages == {code: 1 for code in SEED_LANGUAGES.values()}
    assert stats.mentions == get_json(worker.url + "/entities/alibaba-group")["windows"]["all"]["mentions"]

    shared = enriched["001"].story.id
    values = read_until(worker.settings, topics.STORIES, lambda vs: any(
        StoryUpdate.from_json(v).id == shared and StoryUpdate.from_json(v).size == 2 for v in vs))
    story = [s for s in map(StoryUpdate.from_json, values) if s.id == shared][-1]
    assert set(story.languages) == {"ar", "vi"}
    assert "alibaba-group" in story.entities


def test_metrics_count_every_stage_and_its_record_waits(worker, enriched):
    with urllib.request.urlopen(worker.url + "/metrics", timeout=10) as response:
        text = response.read().decode()
    samples = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            samples[name] = float(value)
    for stage in ("language", "entities", "aggregate"):
        handled = (samples[f'newsstream_messages_total{{stage="{stage}",outcome="processed"}}']
                   + samples[f'newsstream_messages_total{{stage="{stage}",outcome="deadletter"}}'])
        assert handled >= 5
        buckets = [v for k, v in samples.items()
                   if k.startswith(f'newsstream_record_wait_seconds_bucket{{stage="{stage}"')]
        assert buckets == sorted(buckets) and buckets[-1] == handled
        assert samples[f'newsstream_record_wait_seconds_count{{stage="{stage}"}}'] == handled
        assert 0 < samples[f'newsstream_stage_seconds_total{{stage="{stage}"}}']
    assert all(f'newsstream_gc_pause_seconds_max{{generation="{g}"}}' in samples for g in range(3))


def test_malformed_messages_are_dead_lettered_and_the_worker_keeps_going(worker, enriched):
    producer = KafkaProducer(**worker.settings.kafka_python_config())
    producer.send(topics.RAW, b"not json at all")
    producer.send(topics.RAW, orjson.dumps({"id": 5, "text": "wrong schema"}))
    producer.flush()
    producer.close()
    letters = read_until(worker.settings, topics.DEADLETTER, lambda vs: len(vs) >= 2)
    reasons = [DeadLetter.from_json(v) for v in letters]
    assert {r.stage for r in reasons} == {"language"}
    assert any("not JSON" in r.reason for r in reasons)
    assert any("Field required" in r.reason for r in reasons)
    assert worker.process.poll() is None
    assert get_json(worker.url + "/entities/top?window=all&limit=1")[0]["articles"] == 5


def test_tail_prints_enriched_records(worker, enriched):
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": worker.settings.bootstrap_servers}
    out = subprocess.run([sys.executable, "-m", "streams.cli", "tail", topics.ENRICHED,
                          "--from-beginning", "--limit", "5"], env=env, cwd=ROOT,
                         capture_output=True, timeout=60, check=True).stdout
    lines = out.decode().splitlines()
    assert len(lines) == 5
    assert {EnrichedArticle.from_json(line).language.code for line in lines} <= set(SEED_LANGUAGES.values())


def test_dashboard_renders_in_headless_chromium(worker, enriched):
    from dashboard_check import assert_dashboard_renders, find_chromium

    if not find_chromium():
        pytest.skip("no Chromium binary (apt-get install chromium)")
    assert_dashboard_renders(worker.url + "/", min_bars=3, min_stories=4)


def test_top_prints_the_leaderboard(worker, enriched):
    env = {**os.environ, "NEWSSTREAM_WEB_PORT": str(worker.settings.web_port), "COLUMNS": "200"}
    out = subprocess.run([sys.executable, "-m", "streams.cli", "top", "--window", "all"], env=env,
                         cwd=ROOT, capture_output=True, timeout=60, check=True).stdout.decode()
    first = next(line for line in out.splitlines() if "│ 1 " in line)
    assert "Alibaba Group" in first and "ar:1 de:1 hi:1 ja:1 vi:1" in first


def test_watch_publishes_new_files_once(worker, enriched, tmp_path):
    import threading

    from streams.producer import watch

    stop = threading.Event()
    thread = threading.Thread(target=watch, daemon=True, kwargs=dict(
        settings=worker.settings, folder=tmp_path, interval_s=0.2, stop=stop.is_set))
    thread.start()
    text = "Nvidia und Alibaba Cloud kündigen in Hangzhou eine Partnerschaft an."
    (tmp_path / "new.txt").write_text(text)
    try:
        wanted = article_id(text)
        read_until(worker.settings, topics.ENRICHED,
                   lambda vs: any(EnrichedArticle.from_json(v).id == wanted for v in vs))
        time.sleep(1.0)  # several more scans: the file must not be published again
    finally:
        stop.set()
        thread.join(timeout=5)
    with TopicReader(worker.settings, [topics.RAW], from_beginning=True) as reader:
        ids = [orjson.loads(v)["id"] for _, v in reader.records(idle_timeout_s=2)
               if v.startswith(b"{") and b'"id":"' in v]
    assert ids.count(wanted) == 1


def test_a_second_worker_joins_and_both_answer_with_the_owners_statistics(worker, enriched, tmp_path):
    import dataclasses

    from conftest import start_worker

    from streams.broker import free_port

    expected = get_json(worker.url + "/entities/top?window=all&limit=5")
    second = start_worker(dataclasses.replace(worker.settings, web_port=free_port()),
                          tmp_path / "second.log")
    try:
        deadline = time.monotonic() + 90
        while True:  # until the group has rebalanced and both answer alike
            try:
                answers = [get_json(w.url + "/entities/top?window=all&limit=5") for w in (worker, second)]
                if answers == [expected, expected]:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the two workers never agreed"
            time.sleep(1)
    finally:
        assert second.stop() == 0, second.log()
