"""The broker goes away and comes back: the worker survives and carries on."""

from __future__ import annotations

import os
import signal
import time

import pytest
from conftest import SEEDS, isolated_settings, start_worker
from test_e2e import read_until

from streams import topics
from streams.broker import EmbeddedBroker
from streams.producer import replay
from streams.records import EnrichedArticle

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_worker_survives_a_frozen_broker(tmp_path, shared_kafka):
    if shared_kafka:
        pytest.skip("freezes the embedded broker's process; not done to a shared cluster")
    with EmbeddedBroker(log_dir=tmp_path) as broker:
        settings = isolated_settings(broker.bootstrap, tmp_path)
        topics.ensure_topics(settings)
        worker = start_worker(settings, tmp_path / "worker.log")
        try:
            first = replay(settings, SEEDS)
            read_until(settings, topics.ENRICHED, lambda vs: len(vs) >= 5)
            os.kill(broker._process.pid, signal.SIGSTOP)  # unreachable, longer than a session
            time.sleep(10)
            os.kill(broker._process.pid, signal.SIGCONT)
            folder = tmp_path / "more"
            folder.mkdir()
            (folder / "a.txt").write_text("Nvidia und Alibaba Cloud eröffnen ein Labor in Hangzhou.")
            second = replay(settings, folder)
            wanted = set(first.articles) | set(second.articles)
            read_until(settings, topics.ENRICHED, timeout_s=120, done=lambda vs: wanted <= {
                EnrichedArticle.from_json(v).id for v in vs})
            assert worker.process.poll() is None
        finally:
            assert worker.stop() == 0, worker.log()
