"""Configuration from the environment, read once.

Everything a deployment changes lives here: where Kafka is, how it is secured,
where the worker's HTTP server listens, input limits. Secrets are kept out of
``repr`` so they never reach a log line.
"""

from __future__ import annotations

import dataclasses
import os
import socket
import ssl
from dataclasses import dataclass, field
from pathlib import Path


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or default


def _int(name: str, default: int) -> int:
    raw = _env(name)
    try:
        return int(raw) if raw is not None else default
    except ValueError as exc:
        raise SystemExit(f"{name}={raw!r} is not a whole number") from exc


@dataclass(frozen=True)
class Settings:
    bootstrap_servers: str | None = None  # None: start the embedded broker
    app_id: str = "newsstream"
    partitions: int = 4
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    canonical_url: str | None = None  # how other workers reach this one's web views
    max_bytes: int = 1_000_000
    data_dir: Path = Path(".newsstream")
    # Tansu finishes a group's first join only after about half the session
    # timeout (Faust's 60 s default meant a 30 s wait), so keep it short.
    session_timeout_s: float = 6.0
    heartbeat_s: float = 1.5
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: str | None = field(default=None, repr=False)
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            bootstrap_servers=_env("KAFKA_BOOTSTRAP_SERVERS"),
            app_id=_env("NEWSSTREAM_APP_ID", "newsstream"),
            partitions=_int("NEWSSTREAM_PARTITIONS", 4),
            web_host=_env("NEWSSTREAM_WEB_HOST", "127.0.0.1"),
            web_port=_int("NEWSSTREAM_WEB_PORT", 6066),
            canonical_url=_env("NEWSSTREAM_CANONICAL_URL"),
            max_bytes=_int("NEWSSTREAM_MAX_BYTES", 1_000_000),
            data_dir=Path(_env("NEWSSTREAM_DATA_DIR", ".newsstream")),
            session_timeout_s=_int("NEWSSTREAM_SESSION_TIMEOUT_MS", 6000) / 1000,
            heartbeat_s=_int("NEWSSTREAM_HEARTBEAT_MS", 1500) / 1000,
            security_protocol=_env("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT").upper(),
            sasl_mechanism=_env("KAFKA_SASL_MECHANISM"),
            sasl_username=_env("KAFKA_SASL_USERNAME"),
            sasl_password=_env("KAFKA_SASL_PASSWORD"),
            ssl_cafile=_env("KAFKA_SSL_CAFILE"),
            ssl_certfile=_env("KAFKA_SSL_CERTFILE"),
            ssl_keyfile=_env("KAFKA_SSL_KEYFILE"),
        )

    @property
    def web_url(self) -> str:
        """This worker's address for the others (views are routed to the key's owner)."""
        if self.canonical_url:
            return self.canonical_url
        host = self.web_host if self.web_host not in ("0.0.0.0", "::") else socket.gethostname()
        return f"http://{host}:{self.web_port}"

    def with_bootstrap(self, servers: str) -> Settings:
        return dataclasses.replace(self, bootstrap_servers=servers)

    @property
    def uses_tls(self) -> bool:
        return self.security_protocol in ("SSL", "SASL_SSL")

    def ssl_context(self) -> ssl.SSLContext | None:
        if not self.uses_tls:
            return None
        context = ssl.create_default_context(cafile=self.ssl_cafile)
        if self.ssl_certfile:
            context.load_cert_chain(self.ssl_certfile, self.ssl_keyfile)
        return context

    def kafka_python_config(self) -> dict:
        """Connection options for kafka-python clients (producer, admin, tail)."""
        assert self.bootstrap_servers, "bootstrap servers are resolved before clients start"
        config: dict = {"bootstrap_servers": self.bootstrap_servers.split(","),
                        "security_protocol": self.security_protocol}
        if self.uses_tls:
            config.update(ssl_cafile=self.ssl_cafile, ssl_certfile=self.ssl_certfile,
                          ssl_keyfile=self.ssl_keyfile)
        if self.sasl_mechanism:
            config.update(sasl_mechanism=self.sasl_mechanism,
                          sasl_plain_username=self.sasl_username,
                          sasl_plain_password=self.sasl_password)
        return config
