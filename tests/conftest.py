"""Shared fixtures: a real Kafka-protocol broker and a real worker process.

The broker is, in order of preference: the cluster KAFKA_BOOTSTRAP_SERVERS
names; Apache Kafka in a testcontainers container when a Docker engine answers;
the embedded Tansu broker otherwise (the case on machines with no Docker).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def docker_available() -> bool:
    try:
        import docker

        docker.from_env(timeout=3).ping()
        return True
    except Exception:  # noqa: BLE001 - any failure means: no engine to use
        return False


@pytest.fixture(scope="session")
def shared_kafka() -> Iterator[str | None]:
    """A cluster for the whole session when one is configured or Docker can run one."""
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
    elif docker_available():
        from testcontainers.kafka import KafkaContainer

        with KafkaContainer().with_kraft() as kafka:
            yield kafka.get_bootstrap_server()
    else:
        yield None


@pytest.fixture(scope="module")
def kafka_bootstrap(shared_kafka, tmp_path_factory) -> Iterator[str]:
    """A broker address. The embedded broker starts in milliseconds, so each test
    module gets its own and never sees another module's records."""
    if shared_kafka:
        yield shared_kafka
        return
    from streams.broker import EmbeddedBroker

    with EmbeddedBroker(log_dir=tmp_path_factory.mktemp("broker")) as broker:
        yield broker.bootstrap


@dataclass
class Worker:
    process: subprocess.Popen
    settings: object  # streams.settings.Settings
    url: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]

    def stop(self, sig: int | None = None) -> int:
        import signal

        if self.process.poll() is None:
            self.process.send_signal(sig or signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def start_worker(settings, log_path: Path) -> Worker:
    """A `newsstream worker` process on `settings`; returns once its web server answers."""
    env = {**os.environ,
           "KAFKA_BOOTSTRAP_SERVERS": settings.bootstrap_servers,
           "NEWSSTREAM_APP_ID": settings.app_id,
           "NEWSSTREAM_WEB_PORT": str(settings.web_port),
           "NEWSSTREAM_DATA_DIR": str(settings.data_dir),
           "NEWSSTREAM_PARTITIONS": str(settings.partitions)}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log_file:
        process = subprocess.Popen([sys.executable, "-m", "streams.cli", "worker"], env=env,
                                   cwd=ROOT, stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{settings.web_port}"
    worker = Worker(process, settings, url, log_path)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"worker exited with {process.returncode}:\n{worker.log()}")
        try:
            urllib.request.urlopen(url + "/metrics", timeout=1).read()
            return worker
        except OSError:
            time.sleep(0.3)
    worker.stop()
    raise RuntimeError(f"worker did not come up:\n{worker.log()}")


def isolated_settings(bootstrap: str, tmp: Path, partitions: int = 4):
    """Settings of a fresh app: its own consumer group, changelogs and web port."""
    from streams.broker import free_port
    from streams.settings import Settings

    base = Settings.from_env()
    import dataclasses

    return dataclasses.replace(base, bootstrap_servers=bootstrap,
                               app_id=f"newsstream-test-{uuid.uuid4().hex[:8]}",
                               web_port=free_port(), data_dir=tmp, partitions=partitions)


@pytest.fixture(scope="module")
def worker(kafka_bootstrap, tmp_path_factory) -> Iterator[Worker]:
    from streams.topics import ensure_topics

    tmp = tmp_path_factory.mktemp("worker")
    settings = isolated_settings(kafka_bootstrap, tmp)
    ensure_topics(settings)
    running = start_worker(settings, tmp / "worker.log")
    yield running
    code = running.stop()
    assert code == 0, f"worker did not exit cleanly on SIGTERM ({code}):\n{running.log()}"
