"""Shared fixtures: a real Kafka-protocol broker and a real worker process.

The broker is, in order of preference: the cluster KAFKA_BOOTSTRAP_SERVERS
names; Apache Kafka in a testcontainers container when a Docker engine answers;
the embedded Tansu broker otherwise (the case on machines with no Docker).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def load_script(name: str):
    """A build script of ``scripts/`` (not a package) imported as a module, for unit tests
    of its functions."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_one(path: Path, max_bytes: int = 1_000_000):
    """The one record (article or dead letter) a non-feed file yields."""
    from streams.producer import read_articles

    [record] = read_articles(path, max_bytes)
    return record


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

    def stop(self) -> int:
        from streams.runner import stop_worker

        return stop_worker(self.process)


def start_worker(settings, log_path: Path) -> Worker:
    """A `newsstream worker` process on `settings`; returns once its web server answers."""
    from streams.runner import spawn_worker, wait_until_serving

    process = spawn_worker(settings, log_path)
    worker = Worker(process, settings, f"http://127.0.0.1:{settings.web_port}", log_path)
    try:
        wait_until_serving(settings, process)
    except (RuntimeError, TimeoutError) as exc:
        worker.stop()
        raise RuntimeError(f"{exc}:\n{worker.log()}") from exc
    return worker


def isolated_settings(bootstrap: str, tmp: Path, partitions: int = 4):
    """Settings of a fresh app: its own consumer group, changelogs and web port."""
    from streams.broker import free_port
    from streams.settings import Settings

    return dataclasses.replace(Settings.from_env(), bootstrap_servers=bootstrap,
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
