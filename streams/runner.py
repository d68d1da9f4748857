"""`newsstream run`: broker (embedded unless configured), worker, replay, wait, summary.

The worker runs as its own process, exactly as in production; this module only
starts it, feeds it the folder and waits until every file is accounted for:
enriched on news.enriched or refused on news.deadletter.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from streams import topics
from streams.broker import EmbeddedBroker, advertise, withdraw
from streams.children import die_with_parent
from streams.consume import TopicReader
from streams.producer import REREAD_SUFFIXES, Published, watch
from streams.records import DeadLetter, EnrichedArticle
from streams.settings import Settings

log = logging.getLogger(__name__)


@contextlib.contextmanager
def kafka(settings: Settings) -> Iterator[Settings]:
    """Settings pointing at a running broker: the configured one, else an embedded one."""
    if settings.bootstrap_servers:
        yield settings
        return
    with EmbeddedBroker(log_dir=settings.data_dir) as broker:
        advertise(broker, settings.data_dir)
        try:
            yield settings.with_bootstrap(broker.bootstrap)
        finally:
            withdraw(settings.data_dir)


def spawn_worker(settings: Settings, log_path: Path) -> subprocess.Popen:
    """Start `newsstream worker` as a child process configured by `settings`."""
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": settings.bootstrap_servers or "",
           "NEWSSTREAM_APP_ID": settings.app_id, "NEWSSTREAM_WEB_PORT": str(settings.web_port),
           "NEWSSTREAM_DATA_DIR": str(settings.data_dir),
           "NEWSSTREAM_PARTITIONS": str(settings.partitions)}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log_file:
        return subprocess.Popen([sys.executable, "-m", "streams.cli", "worker"], env=env,
                                stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                preexec_fn=die_with_parent())


def stop_worker(process: subprocess.Popen, timeout_s: float = 30.0) -> int:
    """SIGTERM (Faust commits offsets, flushes and exits), SIGKILL if it hangs."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            log.warning("worker did not stop within %.0f s of SIGTERM; killing it", timeout_s)
            process.kill()
            process.wait()
    return process.returncode


def wait_until_serving(settings: Settings, process: subprocess.Popen, timeout_s: float = 90.0) -> None:
    """Block until the worker's web server answers (it starts after the consumer)."""
    import urllib.request

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the worker exited with code {process.returncode}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{settings.web_port}/metrics", timeout=1).read()
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"worker not serving after {timeout_s:.0f}s")


@contextlib.contextmanager
def worker_process(settings: Settings, log_path: Path) -> Iterator[subprocess.Popen]:
    """A `newsstream worker` child process, stopped with SIGTERM (clean shutdown)."""
    process = spawn_worker(settings, log_path)
    try:
        yield process
    finally:
        stop_worker(process)


@dataclass
class Results:
    enriched: dict[str, EnrichedArticle] = field(default_factory=dict)
    dead: list[DeadLetter] = field(default_factory=list)

    def accounted(self, published: Published) -> bool:
        dead_ids = {d.id for d in self.dead}
        refused_files = sum(1 for d in self.dead if d.stage == "decode")
        return refused_files >= len(published.dead) and all(
            i in self.enriched or i in dead_ids for i in published.articles)


def collect(reader: TopicReader, published: Published, results: Results, timeout_s: float,
            worker: subprocess.Popen | None = None) -> None:
    """Read results until every published file is enriched or dead-lettered.

    The reader was positioned at the end of both topics before the replay, so
    everything it sees belongs to this run (or to other producers: ignored).
    """
    deadline = time.monotonic() + timeout_s
    for topic, value in reader.records(ticks=True):
        if topic == topics.ENRICHED:
            article = EnrichedArticle.from_json(value)
            if article.id in published.articles:
                results.enriched[article.id] = article
        elif topic == topics.DEADLETTER:
            results.dead.append(DeadLetter.from_json(value))
        if results.accounted(published):
            return
        if time.monotonic() > deadline:
            break
        if worker is not None and worker.poll() is not None:
            raise RuntimeError(f"the worker exited with code {worker.returncode}")
    missing = [s for i, s in published.articles.items() if i not in results.enriched]
    raise TimeoutError(f"{len(missing)} articles not processed within {timeout_s:.0f}s: "
                       + ", ".join(missing[:5]))


def write_outputs(out_dir: Path, results: Results, published: Published) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "enriched.jsonl", "wb") as handle:
        for article_id in published.articles:  # in file order
            if article_id in results.enriched:
                handle.write(results.enriched[article_id].to_json() + b"\n")
    with open(out_dir / "deadletter.jsonl", "wb") as handle:
        for letter in results.dead:
            handle.write(letter.to_json() + b"\n")


def port_free(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        # As servers do (aiohttp too): a port whose last connections sit in
        # TIME_WAIT after a restart is free to listen on.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def follow(settings: Settings, folder: Path, reader: TopicReader, out_dir: Path,
           results: Results, published: Published, console) -> None:
    """Keep watching the folder and print each new result until interrupted."""
    import threading

    from streams.summary import safe

    stop = threading.Event()
    replayed = set(published.read)
    thread = threading.Thread(
        target=watch, daemon=True,
        kwargs=dict(settings=settings, folder=folder, stop=stop.is_set,
                    # (a replayed feed is read once more, for the items it gains later;
                    # the items it had are the same ids, counted once downstream)
                    skip=lambda path: str(path) in replayed and path.suffix.lower() not in REREAD_SUFFIXES))
    thread.start()
    console.print(f"following {folder}: new files are published as they appear (Ctrl-C stops)")
    try:
        with open(out_dir / "enriched.jsonl", "ab") as enriched_out, \
                open(out_dir / "deadletter.jsonl", "ab") as dead_out:
            for topic, value in reader.records(ticks=True):
                if topic == topics.ENRICHED:
                    article = EnrichedArticle.from_json(value)
                    if article.id in results.enriched:
                        continue
                    results.enriched[article.id] = article
                    enriched_out.write(value + b"\n")
                    enriched_out.flush()
                    names = ", ".join(e.name for e in article.entities[:5])
                    console.print(safe(f"{article.source}: {article.language.code}, {names}", 160))
                elif topic == topics.DEADLETTER:
                    letter = DeadLetter.from_json(value)
                    dead_out.write(value + b"\n")
                    dead_out.flush()
                    console.print(safe(f"{letter.source}: dead-lettered ({letter.reason})", 160))
    finally:
        stop.set()
        thread.join(timeout=5)
