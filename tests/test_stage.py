"""The stage loop (``streams.stage.run_stage``) without a broker: batches, slices, dead letters."""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace

import orjson
import pytest

from streams import stage as stage_module
from streams.metrics import STAGE_METRICS


class FakeStream:
    """What ``run_stage`` uses of a Faust stream: ``take_events`` and ``app``."""

    def __init__(self, batches: list[list[bytes]]) -> None:
        self.app = SimpleNamespace()
        self.batches = batches

    async def take_events(self, max_, within):
        for values in self.batches:
            yield [SimpleNamespace(value=v, message=SimpleNamespace(timestamp=time.time()))
                   for v in values]


@pytest.fixture
def sends(monkeypatch) -> list[list]:
    """Every ``BatchSender.send`` call of the loop, with its outputs."""
    calls: list[list] = []

    class RecordingSender:
        def __init__(self, app) -> None:
            pass

        async def send(self, outputs) -> None:
            calls.append(list(outputs))

    monkeypatch.setattr(stage_module, "BatchSender", RecordingSender)
    return calls


def run(batches, handle, **kwargs) -> None:
    asyncio.run(stage_module.run_stage(FakeStream(batches), stage=kwargs.pop("stage", "test"),
                                       handle=handle, deadletter="deadletter", **kwargs))


def test_a_long_batch_leaves_in_slices_in_order_and_each_output_once(sends, monkeypatch):
    monkeypatch.setattr(stage_module, "SLICE_S", 0.01)
    values = [str(i).encode() for i in range(40)]

    def slow(value: bytes):
        time.sleep(0.002)  # 40 x 2 ms: about eight 10 ms slices
        return [("out", value, value)]

    run([values], slow, stage="slices")
    assert len(sends) >= 4, "outputs waited for the end of the batch"
    assert [key for sent in sends for _, key, _ in sent] == values
    metrics = STAGE_METRICS.for_stage("slices")
    assert (metrics.processed, metrics.batches) == (40, 1)


def test_a_quick_batch_is_one_send(sends):
    run([[b"a", b"b", b"c"]], lambda v: [("out", v, v)])
    assert sends == [[("out", b"a", b"a"), ("out", b"b", b"b"), ("out", b"c", b"c")]]


def test_a_failing_message_is_dead_lettered_and_the_batch_goes_on(sends):
    def picky(value: bytes):
        if value == b"bad":
            raise ValueError("no")
        return [("out", value, value)]

    run([[b"ok", b"bad", b"fine"]], picky, stage="picky")
    outputs = [o for sent in sends for o in sent]
    assert [o[1] for o in outputs if o[0] == "out"] == [b"ok", b"fine"]
    (letter,) = [orjson.loads(o[2]) for o in outputs if o[0] == "deadletter"]
    assert letter["stage"] == "picky" and letter["reason"] == "ValueError: no"
    assert STAGE_METRICS.for_stage("picky").failed == 1


def test_end_batch_outputs_follow_the_batch(sends):
    run([[b"x"], [b"y"]], lambda v: [("out", v, v)], end_batch=lambda: [("stats", b"k", b"v")])
    assert [[o[0] for o in sent] for sent in sends] == [["out", "stats"], ["out", "stats"]]


def test_a_batch_is_handled_in_the_order_key_stably(sends):
    # the entity stage takes a batch language by language (agents.entities.agent.language_key)
    values = [b"de:1", b"vi:1", b"de:2", b"ar:1", b"vi:2"]
    run([values], lambda v: [("out", v, v)], order=lambda v: v.split(b":")[0])
    assert [key for sent in sends for _, key, _ in sent] == [b"ar:1", b"de:1", b"de:2", b"vi:1", b"vi:2"]


def test_language_key_reads_the_record_not_the_text():
    from datetime import datetime, timezone

    from agents.entities.agent import language_key
    from streams.records import LangArticle, LanguageResult

    article = LangArticle(id="a", source="s", received_at=datetime.now(timezone.utc),
                          text='He wrote "language":{"code":"fr"} in the text.',
                          language=LanguageResult(code="de", script="Latn", confidence=0.9))
    assert language_key(article.to_json()) == b"de"
    assert language_key(b"not a record") == b"" and language_key(None) == b""
