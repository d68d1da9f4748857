"""Publish the files of a folder to news.raw: once (replay) or as they appear (watch).

Only regular files inside the folder are read: symlinks are never followed (a
link could point anywhere on the machine), hidden files are skipped. A file
that cannot be decoded is published straight to news.deadletter with its
original bytes and the reason, so every file ends up accounted for.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kafka import KafkaProducer
from kafka.errors import KafkaError

from streams import topics
from streams.decode import UndecodableInput, article_id, decode_article, feed_articles, page_article
from streams.markup import FEED_SUFFIXES, is_feed, is_html
from streams.records import DeadLetter, RawArticle, utcnow
from streams.settings import Settings
from streams.stage import dead_letter
from streams.topics import ensure_topics

log = logging.getLogger(__name__)


class DeliveryError(RuntimeError):
    """The broker could not be reached or refused the records."""


@dataclass
class Published:
    """What a replay sent: article ids to expect on news.enriched, and dead letters."""

    articles: dict[str, str] = field(default_factory=dict)  # id -> source
    dead: list[DeadLetter] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    read: set[str] = field(default_factory=set)   # the files read (a feed holds several articles)


def article_files(folder: Path) -> Iterator[Path]:
    """Regular, non-hidden files under ``folder``, sorted; links are not followed."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


# what `watch` reads again when it changes: feeds (a feed saved as .xml too)
REREAD_SUFFIXES = FEED_SUFFIXES | {".xml"}


def read_articles(path: Path, max_bytes: int) -> list[RawArticle | DeadLetter]:
    """The articles of one file (one, or one per item of an RSS/Atom feed), or a dead
    letter saying why it holds none."""
    try:
        # Read at most one byte past the limit: a huge file costs no memory.
        with open(path, "rb", opener=lambda p, f: os.open(p, f | os.O_NOFOLLOW)) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return [dead_letter("producer", exc, b"", source=str(path))]
    try:
        text, encoding = decode_article(data, max_bytes=max_bytes)
        if is_feed(path.name, text):
            items = [(link or f"{path}#{n}", item, "feed", published)
                     for n, (link, item, published) in enumerate(feed_articles(text), 1)]
        elif is_html(path.name, text):
            items = [(str(path), page_article(text), "html", None)]
        else:
            items = [(str(path), text, "text", None)]
    except UndecodableInput as exc:
        return [dead_letter("decode", exc, data[:max_bytes], source=str(path),
                            reason=f"{exc.reason}: {exc}")]
    now = utcnow()
    return [RawArticle(id=article_id(text), source=source, received_at=now, text=text, encoding=encoding,
                       format=kind, published_at=published) for source, text, kind, published in items]


class Publisher:
    """A kafka-python producer for news.raw and news.deadletter."""

    def __init__(self, settings: Settings, timeout_s: float = 30.0):
        self.timeout_s = timeout_s
        try:
            ensure_topics(settings, timeout_s=timeout_s)  # never let a produce auto-create one
            self._producer = KafkaProducer(
                **settings.kafka_python_config(), client_id="newsstream-producer",
                acks="all", linger_ms=5, max_request_size=4 * 1024 * 1024,
                max_block_ms=int(timeout_s * 1000), retries=5,
                compression_type=None,
            )
        except KafkaError as exc:
            raise DeliveryError(f"cannot reach Kafka at {settings.bootstrap_servers}: {exc}") from exc
        self._pending: list = []

    def publish(self, record: RawArticle | DeadLetter) -> None:
        topic = topics.RAW if isinstance(record, RawArticle) else topics.DEADLETTER
        key = (record.id or "").encode()
        try:
            self._pending.append(self._producer.send(topic, key=key, value=record.to_json()))
        except KafkaError as exc:
            raise DeliveryError(f"cannot publish to {topic}: {exc}") from exc

    def flush(self) -> None:
        """Wait until every record sent so far is acknowledged, or raise."""
        try:
            self._producer.flush(timeout=self.timeout_s)
            for future in self._pending:
                future.get(timeout=self.timeout_s)
        except KafkaError as exc:
            raise DeliveryError(f"records were not delivered: {exc}") from exc
        finally:
            self._pending.clear()

    def close(self) -> None:
        self._producer.close(timeout=5)

    def __enter__(self) -> Publisher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def publish_files(publisher: Publisher, paths: list[Path], max_bytes: int, into: Published,
                  advance: Callable[[], None] = lambda: None,
                  known: dict[Path, set[str]] | None = None) -> None:
    """Publish the articles of ``paths``. With ``known`` (feed path -> the ids it held when
    it was last read), an article a feed already held is not published again, and
    ``known`` is brought up to date (a feed re-read when it changed: only its new items go out)."""
    for path in paths:
        if not is_regular_file(path):
            into.skipped.append(str(path))
        else:
            into.read.add(str(path))
            before = known.get(path, set()) if known is not None else set()
            ids = set()
            for record in read_articles(path, max_bytes):
                if isinstance(record, RawArticle):
                    ids.add(record.id)
                    if record.id in before:
                        continue
                publisher.publish(record)
                if isinstance(record, RawArticle):
                    into.articles[record.id] = record.source
                else:
                    into.dead.append(record)
            if known is not None and path.suffix.lower() in REREAD_SUFFIXES:
                known[path] = ids   # (only files watch reads again: no id sets for every article file)
        advance()
    publisher.flush()


def replay(settings: Settings, folder: Path, progress: bool = False) -> Published:
    """Publish every file of ``folder`` once; return what was sent."""
    paths = list(article_files(folder))
    published = Published()
    with Publisher(settings) as publisher:
        if progress and len(paths) > 20:
            from rich.progress import Progress

            with Progress(transient=True) as bar:
                task = bar.add_task(f"replaying {folder}", total=len(paths))
                publish_files(publisher, paths, settings.max_bytes, published,
                              lambda: bar.advance(task))
        else:
            publish_files(publisher, paths, settings.max_bytes, published)
    return published


def watch(settings: Settings, folder: Path, interval_s: float = 1.0,
          on_publish: Callable[[Published], None] = lambda p: None,
          stop: Callable[[], bool] = lambda: False,
          skip: Callable[[Path], bool] = lambda path: False) -> None:
    """Publish files as they appear, each once. A file is taken when its size and
    modification time held still for one interval (so half-written files wait). A feed
    (.rss, .atom, .rdf, .xml) is read again whenever it changes, as feeds are
    re-downloaded over the same file: its new items are published, the others not again."""
    seen: dict[Path, tuple[int, int]] = {}      # path -> its signature when published
    known: dict[Path, set[str]] = {}            # feed path -> the ids it held then
    pending: dict[Path, tuple[int, int]] = {}
    with Publisher(settings) as publisher:
        while not stop():
            ready = []
            for path in article_files(folder):
                if (path in seen and path.suffix.lower() not in REREAD_SUFFIXES) or skip(path) \
                        or not is_regular_file(path):
                    continue
                info = path.lstat()
                signature = (info.st_size, info.st_mtime_ns)
                if seen.get(path) == signature:
                    continue
                if pending.get(path) == signature:
                    ready.append((path, signature))
                else:
                    pending[path] = signature
            if ready:
                published = Published()
                publish_files(publisher, [path for path, _ in ready], settings.max_bytes, published,
                              known=known)
                for path, signature in ready:
                    seen[path] = signature
                    pending.pop(path, None)
                on_publish(published)
            time.sleep(interval_s)
