"""Reading topics from outside the worker: `tail`, and the collector `run` uses to
wait for results. No consumer group: these readers never take partitions away
from the workers, and never commit offsets."""

from __future__ import annotations

import time
from collections.abc import Iterator

from kafka import KafkaConsumer, TopicPartition

from streams.settings import Settings


class TopicReader:
    def __init__(self, settings: Settings, names: list[str], from_beginning: bool):
        self._consumer = KafkaConsumer(**settings.kafka_python_config(),
                                       client_id="newsstream-reader", group_id=None,
                                       enable_auto_commit=False, auto_offset_reset="earliest",
                                       # see streams.app.FETCH_MAX_WAIT_MS: prompt on any broker
                                       fetch_max_wait_ms=25)
        partitions = []
        for name in names:
            ids = self._consumer.partitions_for_topic(name)
            if not ids:
                self.close()
                raise LookupError(f"topic {name} does not exist on {settings.bootstrap_servers}")
            partitions += [TopicPartition(name, p) for p in sorted(ids)]
        self._consumer.assign(partitions)
        if from_beginning:
            self._consumer.seek_to_beginning(*partitions)
        else:
            self._consumer.seek_to_end(*partitions)
            for tp in partitions:  # resolve the lazy seek now: later records are ours
                self._consumer.position(tp)

    def records(self, idle_timeout_s: float | None = None,
                ticks: bool = False) -> Iterator[tuple[str, bytes]]:
        """(topic, value) in arrival order; stops after ``idle_timeout_s`` without records.
        With ``ticks``, an empty poll yields ("", b"") so the caller can check the time."""
        for record in self.kafka_records(idle_timeout_s, ticks):
            yield (record.topic, record.value) if record is not None else ("", b"")

    def kafka_records(self, idle_timeout_s: float | None = None, ticks: bool = False):
        """kafka-python's records (topic, key, value, timestamp, ...), as ``records``;
        with ``ticks``, an empty poll yields None."""
        last = time.monotonic()
        while True:
            batch = self._consumer.poll(timeout_ms=200)
            for records in batch.values():
                yield from records
            if batch:
                last = time.monotonic()
            elif idle_timeout_s is not None and time.monotonic() - last > idle_timeout_s:
                return
            elif ticks:
                yield None

    def close(self) -> None:
        self._consumer.close(autocommit=False)

    def __enter__(self) -> TopicReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
