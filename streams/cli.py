"""The `newsstream` command.

Without KAFKA_BOOTSTRAP_SERVERS, `run` and `worker` start the embedded broker
and advertise it in .newsstream/broker.json, where `replay`, `watch`, `tail`
and `top` find it. Bad input and an unreachable broker end in one clear line
and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
import time
from pathlib import Path
from typing import Optional

import orjson
import typer
from rich.console import Console

from streams.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Multilingual news enrichment on Kafka: language, entities, stories.")
bench_app = typer.Typer(help="Benchmarks that print tables. Without a subcommand: the pipeline.")
app.add_typer(bench_app, name="bench")

console = Console()
errors = Console(stderr=True)
SEEDS = Path("seeds")


def fail(message: str, code: int = 1) -> None:
    errors.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    raise typer.Exit(code)


def client_settings() -> Settings:
    """Settings for a client command: the configured broker, else a running embedded one."""
    from streams.broker import discover

    settings = Settings.from_env()
    if settings.bootstrap_servers:
        return settings
    found = discover(settings.data_dir)
    if not found:
        fail("no broker: set KAFKA_BOOTSTRAP_SERVERS, or start `newsstream worker` "
             "(it starts the embedded broker) in this folder first")
    return settings.with_bootstrap(found)


def folder_arg(folder: Path) -> Path:
    if not folder.is_dir():
        fail(f"{folder} is not a folder")
    return folder


@app.command()
def worker(loglevel: str = typer.Option("info", help="Faust log level")) -> None:
    """Run the long-running worker (all stage agents and the HTTP views)."""
    from streams.broker import EmbeddedBroker, advertise, withdraw
    from streams.worker import run_worker

    from streams.runner import port_free

    settings = Settings.from_env()
    if not port_free(settings.web_port):
        fail(f"port {settings.web_port} is taken (another worker?): set NEWSSTREAM_WEB_PORT "
             "to give this worker its own")
    if settings.bootstrap_servers:
        run_worker(settings, loglevel)
        return
    with EmbeddedBroker(log_dir=settings.data_dir) as broker:
        advertise(broker, settings.data_dir)
        errors.print(f"embedded broker (in memory, not durable) at {broker.bootstrap}")
        try:
            run_worker(settings.with_bootstrap(broker.bootstrap), loglevel)
        finally:
            withdraw(settings.data_dir)


@app.command("replay")
def replay_cmd(folder: Path = typer.Argument(SEEDS, help="folder of articles")) -> None:
    """Publish every file of FOLDER to news.raw (undecodable ones to news.deadletter)."""
    from streams.producer import DeliveryError, replay

    settings = client_settings()
    try:
        published = replay(settings, folder_arg(folder), progress=sys.stderr.isatty())
    except DeliveryError as exc:
        fail(str(exc))
    console.print(f"published {len(published.articles)} articles to news.raw, "
                  f"{len(published.dead)} refused files to news.deadletter"
                  + (f", skipped {len(published.skipped)} links/special files" if published.skipped else ""))


@app.command("watch")
def watch_cmd(folder: Path, interval: float = typer.Option(1.0, help="seconds between scans")) -> None:
    """Keep running and publish files as they appear in FOLDER, each once (a feed again when it changes: its new items)."""
    from streams.producer import DeliveryError, watch

    settings = client_settings()

    def report(published) -> None:
        console.print(f"published {len(published.articles)} articles, refused {len(published.dead)}")

    try:
        watch(settings, folder_arg(folder), interval, on_publish=report)
    except DeliveryError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        pass


@app.command()
def enrich(files: list[Path] = typer.Argument(..., help="article files")) -> None:
    """Enrich files in-process (no broker): one news.enriched JSON line per article (a feed holds several)."""
    from agents.aggregate.aggregator import Aggregator
    from agents.pipeline import enrich as enrich_article
    from streams.producer import read_articles
    from streams.records import RawArticle

    settings = Settings.from_env()
    aggregator = Aggregator()
    failed = 0
    for path in files:
        for record in read_articles(path, settings.max_bytes) if path.is_file() else [None]:
            if not isinstance(record, RawArticle):
                failed += 1
                reason = record.reason if record is not None else "not a file"
                errors.print(f"{path}: not enriched ({reason})", markup=False, highlight=False)
                continue
            sys.stdout.buffer.write(enrich_article(record, aggregator).to_json() + b"\n")
            sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


@app.command()
def run(folder: Path = typer.Argument(SEEDS, help="folder of articles"),
        follow: bool = typer.Option(False, "--follow", help="keep running, pick up new files"),
        out: Path = typer.Option(Path("out"), help="where enriched.jsonl and deadletter.jsonl go"),
        timeout: float = typer.Option(300.0, help="seconds to wait for the results")) -> None:
    """Broker + worker + replay of FOLDER; wait for every file; summary; clean shutdown."""
    from kafka.errors import KafkaError

    from streams import runner, summary, topics
    from streams.broker import BrokerError, free_port
    from streams.consume import TopicReader
    from streams.producer import DeliveryError, replay

    folder = folder_arg(folder)
    settings = Settings.from_env()
    started = time.monotonic()
    try:
        with runner.kafka(settings) as settings:
            topics.ensure_topics(settings)
            if not runner.port_free(settings.web_port):
                settings = dataclasses.replace(settings, web_port=free_port())
            log_path = settings.data_dir / "worker.log"
            with runner.worker_process(settings, log_path) as process, \
                    TopicReader(settings, [topics.ENRICHED, topics.DEADLETTER],
                                from_beginning=False) as reader:
                published = replay(settings, folder, progress=sys.stderr.isatty())
                results = runner.Results()
                runner.collect(reader, published, results, timeout, worker=process)
                runner.write_outputs(out, results, published)
                articles = [results.enriched[i] for i in published.articles if i in results.enriched]
                summary.render(console, articles, results.dead)
                console.print(f"wrote {out}/enriched.jsonl ({len(articles)}) and "
                              f"{out}/deadletter.jsonl ({len(results.dead)}) in "
                              f"{time.monotonic() - started:.1f}s")
                if follow:
                    console.print(f"dashboard: http://{settings.web_host}:{settings.web_port}/")
                    runner.follow(settings, folder, reader, out, results, published, console)
    except KafkaError as exc:
        fail(f"cannot reach Kafka at {settings.bootstrap_servers}: {exc}")
    except (BrokerError, DeliveryError, TimeoutError, RuntimeError) as exc:
        fail(f"{exc} (worker log: {settings.data_dir / 'worker.log'})")
    except KeyboardInterrupt:
        errors.print("interrupted; stopped the worker and the broker")


@app.command()
def tail(topic: str, from_beginning: bool = typer.Option(False, "--from-beginning"),
         limit: Optional[int] = typer.Option(None, help="stop after N records"),
         idle: Optional[float] = typer.Option(None, help="stop after this many idle seconds")) -> None:
    """Print the records of TOPIC as JSON lines."""
    from kafka.errors import KafkaError

    from streams.consume import TopicReader

    settings = client_settings()
    count = 0
    try:
        with TopicReader(settings, [topic], from_beginning) as reader:
            for _, value in reader.records(idle_timeout_s=idle):
                sys.stdout.buffer.write(value + b"\n")
                sys.stdout.flush()
                count += 1
                if limit is not None and count >= limit:
                    break
    except LookupError as exc:
        fail(str(exc))
    except KafkaError as exc:
        fail(f"cannot read {topic} from {settings.bootstrap_servers}: {exc}")
    except KeyboardInterrupt:
        pass


@app.command()
def schema() -> None:
    """Print the JSON Schema of every record."""
    from streams.records import ALL_RECORDS

    schemas = {name: model.model_json_schema(by_alias=True) for name, model in ALL_RECORDS.items()}
    sys.stdout.buffer.write(orjson.dumps(schemas, option=orjson.OPT_INDENT_2) + b"\n")


@app.command()
def lang(source: str = typer.Argument("-", help="a file, or - for standard input")) -> None:
    """Language of each input line: `code<TAB>confidence`, in order."""
    from agents.language.detect import detect_line

    try:
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8", errors="replace")
    except OSError as exc:
        fail(f"cannot read {source}: {exc.strerror}")
    with stream:
        out = sys.stdout
        for line in stream:
            code, confidence = detect_line(line.rstrip("\n"))
            out.write(f"{code}\t{confidence:.3f}\n")


@app.command()
def top(window: str = typer.Option("1h", help="1h, 1d or all"),
        limit: int = typer.Option(20), lang: Optional[str] = typer.Option(None),
        url: Optional[str] = typer.Option(None, help="worker URL (default from settings)")) -> None:
    """Print the entity leaderboard the worker serves."""
    import urllib.error
    import urllib.parse
    import urllib.request

    from rich.table import Table

    from streams.summary import safe

    settings = Settings.from_env()
    base = url or f"http://{settings.web_host}:{settings.web_port}"
    query = urllib.parse.urlencode({k: v for k, v in
                                    {"window": window, "limit": limit, "lang": lang}.items() if v})
    try:
        with urllib.request.urlopen(f"{base}/entities/top?{query}", timeout=10) as response:
            rows = orjson.loads(response.read())
    except (urllib.error.URLError, OSError) as exc:
        fail(f"no worker answering at {base} ({exc})")
    table = Table(title=f"top entities, window {window}")
    for column in ("#", "entity", "type", "articles", "mentions", "languages"):
        table.add_column(column)
    for rank, row in enumerate(rows, 1):
        langs = " ".join(f"{k}:{v}" for k, v in sorted(row["languages"].items()))
        table.add_row(str(rank), safe(row["name"], 40), row["type"], str(row["articles"]),
                      str(row["mentions"]), safe(langs))
    console.print(table)


@bench_app.callback(invoke_without_command=True)
def bench(ctx: typer.Context,
          articles: int = typer.Option(2000, help="articles in the burst"),
          workers: int = typer.Option(1, help="worker processes in the consumer group"),
          rate: float = typer.Option(200.0, help="offered articles/s for the latency phase"),
          json: bool = typer.Option(False, "--json", help="one JSON object instead of a table"),
          hops: bool = typer.Option(False, "--hops", help="also p50/p99 per hop (the benchmark then "
                                                         "reads two more topics: more load)")) -> None:
    """Pipeline throughput, latency, CPU and memory next to a raw pass-through baseline."""
    if ctx.invoked_subcommand:
        return
    from benchmarks import bench_pipeline

    quiet = (lambda *a, **k: None) if json else errors.print
    try:
        result = bench_pipeline.run(articles=articles, workers=workers, rate=rate, hops=hops, out=quiet)
    except (RuntimeError, TimeoutError) as exc:
        fail(str(exc))
    if json:
        sys.stdout.buffer.write(orjson.dumps(result) + b"\n")
    else:
        bench_pipeline.render(result, console.print)


@bench_app.command("lang")
def bench_lang(data: Optional[Path] = typer.Option(None, help="langid data folder"),
               limit: int = typer.Option(200, help="lines per language")) -> None:
    """Language identification accuracy and speed next to lingua and fastText."""
    from benchmarks import bench_lang as module

    raise typer.Exit(module.main([*([str(data)] if data else []), "--limit", str(limit)]) or 0)


@bench_app.command("ner")
def bench_ner(data: Optional[Path] = typer.Option(None, help="ner data folder")) -> None:
    """Entity span precision/recall/F1 per language and entity-stage speed."""
    from benchmarks import bench_ner as module

    module.run(data)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # kafka-python logs every reconnect attempt; our own messages say what matters.
    logging.getLogger("kafka").setLevel(logging.CRITICAL)
    app()


if __name__ == "__main__":
    main()
