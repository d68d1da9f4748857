"""Plumbing without a broker: settings, topics, producer file handling, summary, stage errors."""

from __future__ import annotations

import os
import tracemalloc

import orjson
import pytest
from conftest import SEEDS, read_one
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from agents.aggregate.aggregator import Aggregator
from agents.entities.agent import link
from agents.language.agent import annotate
from streams.decode import article_id
from streams.producer import article_files
from streams.records import DeadLetter, RawArticle, StoryRef, compact, utcnow, with_field
from streams.settings import Settings
from streams.stage import Rejected, reason_for
from streams.summary import render, safe
from streams.topics import ENTITIES, RAW, partitions_for


def test_secrets_never_reach_a_repr_and_reach_both_clients(monkeypatch):
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "k1:9093,k2:9093")
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "sasl_plaintext")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "news")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "hunter2-secret")
    settings = Settings.from_env()
    assert "hunter2-secret" not in repr(settings)
    config = settings.kafka_python_config()
    assert config["bootstrap_servers"] == ["k1:9093", "k2:9093"]
    assert config["security_protocol"] == "SASL_PLAINTEXT"
    assert config["sasl_plain_password"] == "hunter2-secret"
    from streams.app import faust_credentials

    credentials = faust_credentials(settings)
    assert credentials.mechanism.value == "SCRAM-SHA-512" and credentials.username == "news"


def test_web_server_listens_on_loopback_by_default(monkeypatch):
    monkeypatch.delenv("NEWSSTREAM_WEB_HOST", raising=False)
    assert Settings.from_env().web_host == "127.0.0.1"


def test_aggregation_input_has_one_partition_and_the_rest_scale():
    settings = Settings(partitions=8)
    assert partitions_for(RAW, settings) == 8
    assert partitions_for(ENTITIES, settings) == 1
    assert partitions_for("newsstream-articles-changelog", settings) == 1


def test_producer_reads_only_regular_files_inside_the_folder(tmp_path):
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "a.txt").write_text("Alibaba investiert in KI.")
    (inside / ".hidden.txt").write_text("skip me")
    secret = tmp_path / "secret.txt"
    secret.write_text("outside")
    os.symlink(secret, inside / "link.txt")
    os.symlink(tmp_path, inside / "loop", target_is_directory=True)
    names = [p.name for p in article_files(inside)]
    assert names == ["a.txt", "link.txt"]  # listed, but...
    assert isinstance(read_one(inside / "link.txt", 1000), DeadLetter)  # ...never followed


def test_read_article_ids_are_content_hashes_and_refusals_carry_reasons(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[2]
    record = read_one(seed, 1_000_000)
    assert isinstance(record, RawArticle) and record.id == article_id(record.text)
    (tmp_path / "big.txt").write_text("x" * 2000)
    letter = read_one(tmp_path / "big.txt", 1000)
    assert isinstance(letter, DeadLetter) and letter.reason.startswith("too-large")
    assert letter.stage == "decode" and letter.source.endswith("big.txt")


def test_reasons_name_the_problem():
    with pytest.raises(Exception) as not_json:
        RawArticle.from_json(b"{nope")
    assert reason_for(not_json.value).startswith("malformed record: not JSON")
    with pytest.raises(Exception) as wrong:
        RawArticle.from_json(b'{"id": 1}')
    assert "source: Field required" in reason_for(wrong.value)
    assert reason_for(Rejected("empty text")) == "empty text"


@given(st.text())
def test_safe_never_lets_control_characters_through(value):
    shown = safe(value).plain
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in shown)


def test_summary_escapes_hostile_names():
    raw = RawArticle(id="x" * 64, source="in/\x1b[31mevil.txt", received_at=utcnow(),
                     text="[bold]Alibaba[/bold] \x1b]0;pwned\x07 <script>alert(1)</script> Alibaba.")
    article = Aggregator().add(link(annotate(raw))).enriched
    console = Console(record=True, width=200, color_system=None)
    render(console, [article], [DeadLetter(stage="decode", reason="binary: \x1b[2J", source="x")])
    shown = console.export_text()
    assert "\x1b" not in shown and "\x07" not in shown


def test_ledger_replay_rebuilds_the_same_stories_and_counts():
    aggregator = Aggregator()
    entries = []
    for path in sorted(SEEDS.glob("*.txt")):
        outcome = aggregator.add(link(annotate(read_one(path, 1_000_000))))
        entries.append(outcome.ledger)
    rebuilt = Aggregator.rebuild(list(reversed(entries)))
    assert rebuilt.stories.groups() == aggregator.stories.groups()
    assert rebuilt.stats.top("all", 50) == aggregator.stats.top("all", 50)


def test_with_field_adds_one_field_and_keeps_the_rest_byte_for_byte():
    raw = RawArticle(id="x", source="s", received_at=utcnow(), text='quote " and \u00e9 \U0001F600')
    story = StoryRef(id="story-1", size=2, languages=["ar", "vi"])
    for encoded in (raw.to_json(), raw.to_json() + b" \n"):
        spliced = with_field(encoded, "story", story)
        assert spliced.startswith(raw.to_json()[:-1])
        assert orjson.loads(spliced) == {**orjson.loads(raw.to_json()), "story": orjson.loads(story.to_json())}
    for bad in (b"", b"[]", b"{}", b'"text"'):
        with pytest.raises(ValueError):
            with_field(bad, "story", story)


def test_kept_bytes_take_the_memory_of_their_length():
    """The ledger holds one encoded entry per article for the life of the worker;
    orjson's output may keep a buffer several times its length."""
    entry = {"entities": ["x" * 40] * 70}
    tracemalloc.start()
    try:
        kept = [compact(orjson.dumps(entry | {"seq": i})) for i in range(100)]
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert orjson.loads(kept[7]) == entry | {"seq": 7}
    assert held / len(kept) < len(kept[0]) + 200


def test_a_changed_feed_publishes_only_its_new_items(tmp_path):
    from streams.producer import Published, publish_files

    class Collect:   # the Publisher's interface, without a broker
        def __init__(self):
            self.sent = []

        def publish(self, record):
            self.sent.append(record)

        def flush(self):
            pass

    def rss(*titles):
        items = "".join(f"<item><title>{t}</title><link>https://x.org/{i}</link>"
                        f"<description>In Frankfurt: {t}.</description></item>"
                        for i, t in enumerate(titles))
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'

    feed = tmp_path / "markets.xml"
    known: dict = {}
    publisher = Collect()
    feed.write_text(rss("BASF falls", "Siemens rises"), encoding="utf-8")
    first = Published()
    publish_files(publisher, [feed], 1_000_000, first, known=known)
    feed.write_text(rss("Bayer gains", "BASF falls", "Siemens rises"), encoding="utf-8")
    second = Published()
    publish_files(publisher, [feed], 1_000_000, second, known=known)
    assert len(first.articles) == 2 and len(second.articles) == 1
    assert [r.text.split("\n")[0] for r in publisher.sent] == ["BASF falls", "Siemens rises", "Bayer gains"]
    assert first.read == second.read == {str(feed)}
