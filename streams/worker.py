"""The long-running worker: the Faust app with every stage agent and the HTTP views."""

from __future__ import annotations

import gc
import logging

import faust

from agents.aggregate import agent as aggregate_agent
from agents.compiled import mode
from agents.entities import agent as entities_agent
from agents.language import agent as language_agent
from streams.app import create_app
from streams.metrics import STAGE_METRICS
from streams.settings import Settings
from streams.topics import ensure_topics
from streams.web import views

log = logging.getLogger(__name__)


def build(settings: Settings) -> faust.App:
    app, topics = create_app(settings)
    language_agent.register(app, topics)
    entities_agent.register(app, topics)
    stage = aggregate_agent.register(app, topics)
    views.register(app, stage)
    return app


def run_worker(settings: Settings, loglevel: str = "info") -> None:
    """Declare topics, then run the worker until SIGTERM/SIGINT (Faust handles both)."""
    logging.basicConfig(level=logging.INFO, format="[%(asctime)s] %(levelname)s %(name)s: %(message)s")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    ensure_topics(settings, timeout_s=None)  # a worker waits for its cluster, however long
    # The knowledge base (0.5 s, ~110 MB) loads before the consumer joins, so the
    # first batch does not stall the group. Language models stay lazy: all of
    # lingua's would cost 1.3 GB, a worker needs those of the languages it meets.
    from agents.entities.extract import preload

    preload()
    app = build(settings)

    @app.task
    async def say_how_entities_run() -> None:   # (once Faust has set up logging)
        log.info("entity modules: %s", mode())   # (plain Python: 11-15 % more CPU per article)

    # Everything loaded so far (the knowledge base, word lists, Faust) lives as long as
    # the process: out of the collector's reach, a full collection no longer walks it.
    # In a worker at 200 articles/s the longest collection was 102 ms before this;
    # `newsstream bench` now prints "longest GC pause" (about 12-17 ms).
    gc.collect()
    gc.freeze()
    STAGE_METRICS.gc.install()
    worker = faust.Worker(app, loglevel=loglevel, quiet=True)
    worker.execute_from_commandline()
