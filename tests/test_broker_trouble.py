"""The broker goes away and comes back: the worker survives and carries on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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


def test_embedded_broker_dies_with_the_process_that_started_it(tmp_path):
    """A killed worker (SIGKILL, the OOM killer, a SIGTERM no finalizer sees) must not leave
    its in-memory broker running, holding memory and a port for nothing."""
    starter = ("import sys, time\nfrom pathlib import Path\nfrom streams.broker import EmbeddedBroker\n"
               f"b = EmbeddedBroker(log_dir=Path({str(tmp_path)!r})).start()\n"
               "print(b._process.pid, flush=True)\ntime.sleep(120)")
    parent = subprocess.Popen([sys.executable, "-c", starter], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[1])
    broker_pid = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(broker_pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(broker_pid, signal.SIGKILL)
    pytest.fail("the embedded broker outlived the process that started it")
