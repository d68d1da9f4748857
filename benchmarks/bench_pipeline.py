"""Throughput, latency and memory of the whole pipeline, next to the broker's own limit.

    newsstream bench [--articles N] [--workers K] [--rate R] [--hops] [--json]

In one invocation, on one broker (embedded unless KAFKA_BOOTSTRAP_SERVERS is set):
(a) baseline: the same ~5 KB payloads produced to a topic and consumed back by
    bare kafka-python clients, no processing;
(b) pipeline: K `newsstream worker` processes (one consumer group) enrich N
    articles as fast as they arrive; then articles are offered at R per second
    to measure latency under a steady load.
Latency is produce time (received_at) to the enriched record being read back.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

from kafka import KafkaAdminClient, KafkaProducer
from kafka.admin import NewTopic

from benchmarks.articles import generate
from streams import runner, topics
from streams.broker import free_port
from streams.consume import TopicReader
from streams.decode import article_id
from streams.records import RawArticle, utcnow
from streams.settings import Settings


def _producer(settings: Settings) -> KafkaProducer:
    return KafkaProducer(**settings.kafka_python_config(), acks=1, linger_ms=5,
                         batch_size=512 * 1024, max_request_size=8 * 1024 * 1024)


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def peak_rss_mb(pid: int) -> float:
    """Peak resident set size (VmHWM) of a live process, in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a live process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def broker_pids() -> list[int]:
    """The embedded Tansu broker(s) this process started (none on an external cluster)."""
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and b"tansu" in (proc / "cmdline").read_bytes() \
                    and int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) == os.getpid():
                pids.append(int(proc.name))
        except (OSError, IndexError, ValueError):
            continue
    return pids


def baseline(settings: Settings, payloads: list[bytes]) -> float:
    """Articles per second through the broker with no processing: produce + consume."""
    name = f"bench.passthrough-{uuid.uuid4().hex[:6]}"
    admin = KafkaAdminClient(**settings.kafka_python_config())
    admin.create_topics([NewTopic(name, settings.partitions, 1)])
    admin.close()
    done = threading.Event()
    received = [0]

    def consume() -> None:
        with TopicReader(settings, [name], from_beginning=True) as reader:
            for _, value in reader.records(ticks=True):
                if value:
                    received[0] += 1
                if received[0] >= len(payloads) or done.is_set():
                    break
        done.set()

    thread = threading.Thread(target=consume, daemon=True)
    producer = _producer(settings)
    started = time.perf_counter()
    thread.start()
    for number, payload in enumerate(payloads):
        producer.send(name, key=str(number).encode(), value=payload)
    producer.flush()
    thread.join(timeout=120)
    elapsed = time.perf_counter() - started
    producer.close()
    return received[0] / elapsed


class Collector(threading.Thread):
    """Reads topics from their end and notes, per article id (the record key), the
    Kafka timestamp of its record on each topic (when the stage before sent it)
    and when its news.enriched record came back."""

    def __init__(self, settings: Settings, names: tuple[str, ...] = (topics.ENRICHED,)) -> None:
        super().__init__(daemon=True)
        self.reader = TopicReader(settings, list(names), from_beginning=False)
        self.arrived: dict[str, float] = {}
        self.stamps: dict[str, dict[str, float]] = {name: {} for name in names}
        self.sent: dict[str, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        for record in self.reader.kafka_records(ticks=True):
            if record is not None and record.key:
                article_id = record.key.decode()
                self.stamps[record.topic].setdefault(article_id, record.timestamp / 1000)
                if record.topic == topics.ENRICHED:
                    self.arrived.setdefault(article_id, time.time())
            if self.stop.is_set():
                break
        self.reader.close()

    def wait_for(self, ids: list[str], timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if all(i in self.arrived for i in ids):
                return True
            time.sleep(0.05)
        return False

    def latencies_ms(self, ids: list[str]) -> list[float]:
        return [(self.arrived[i] - self.sent[i]) * 1000 for i in ids if i in self.arrived]


def hop_latencies_ms(ids: list[str], collector: Collector, hop_clock: Collector) -> dict[str, dict]:
    """p50/p99 of each hop: produced -> news.lang record (language stage, with the
    broker and fetch before it), -> news.entities, -> news.enriched, -> read back."""
    lang, ents = hop_clock.stamps[topics.LANG], hop_clock.stamps[topics.ENTITIES]
    enriched = collector.stamps[topics.ENRICHED]
    points = [("language", collector.sent, lang), ("entities", lang, ents),
              ("aggregate", ents, enriched), ("read back", enriched, collector.arrived)]
    out = {}
    for hop, start, end in points:
        spans = [(end[i] - start[i]) * 1000 for i in ids if i in start and i in end]
        out[hop] = {"p50": round(_percentile(spans, 50), 1), "p99": round(_percentile(spans, 99), 1)}
    return out


def _articles(texts: list[str], tag: str) -> list[RawArticle]:
    texts = [f"{t}\n{tag}" for t in texts]
    return [RawArticle(id=article_id(t), source=f"bench/{n}.txt", received_at=utcnow(), text=t)
            for n, t in enumerate(texts)]


def _send(producer: KafkaProducer, collector: Collector, article: RawArticle) -> None:
    article.received_at = utcnow()
    collector.sent[article.id] = article.received_at.timestamp()
    producer.send(topics.RAW, key=article.id.encode(), value=article.to_json())


def worker_metrics(url: str) -> dict[str, float]:
    """Every sample of one worker's /metrics."""
    text = urllib.request.urlopen(url + "/metrics", timeout=5).read().decode()
    return {name: float(value) for name, value in
            (line.rsplit(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))}


def summed(per_worker: list[dict[str, float]]) -> dict[str, float]:
    """The samples of several workers added up (counters and sums)."""
    total: dict[str, float] = {}
    for samples in per_worker:
        for name, value in samples.items():
            total[name] = total.get(name, 0.0) + value
    return total


def per_stage(samples: dict[str, float], metric: str, where: str = "") -> dict[str, float]:
    """``{stage: value}`` of one metric's samples (whose labels contain ``where``)."""
    return {name.split('stage="')[1].split('"')[0]: value for name, value in samples.items()
            if name.startswith(metric + "{") and where in name}


def stage_cpu_ms(samples: dict[str, float]) -> dict[str, float]:
    """CPU milliseconds per article in each stage's core."""
    seconds = per_stage(samples, "newsstream_stage_seconds_total")
    processed = per_stage(samples, "newsstream_messages_total", 'outcome="processed"')
    return {s: 1000 * seconds[s] / processed[s] for s in seconds if processed.get(s)}


def stage_wait_ms(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    """Mean record wait per stage (Kafka timestamp to end of batch) between two snapshots."""
    def delta(metric: str) -> dict[str, float]:
        old = per_stage(before, metric)
        return {s: v - old.get(s, 0.0) for s, v in per_stage(after, metric).items()}

    total, count = delta("newsstream_record_wait_seconds_sum"), delta("newsstream_record_wait_seconds_count")
    return {s: 1000 * total[s] / count[s] for s in total if count.get(s)}


def run(articles: int = 2000, workers: int = 1, rate: float = 200.0, rate_seconds: float = 10.0,
        hops: bool = False, out=print) -> dict:
    """``hops``: also time each hop from the records' timestamps on news.lang and
    news.entities. Reading those 5 KB records costs the benchmark process CPU on
    the same cores as the workers, so the headline latency is measured without it."""
    texts = generate(articles + int(rate * rate_seconds) + 1)
    base = Settings.from_env()
    with runner.kafka(base) as settings:
        payloads = [a.to_json() for a in _articles(texts[:articles], "baseline")]
        mb = sum(map(len, payloads)) / 1e6
        baseline_rate = baseline(settings, payloads)
        out(f"baseline: {baseline_rate:,.0f} articles/s through the broker")

        tmp = Path(tempfile.mkdtemp(prefix="newsstream-bench-"))
        settings = dataclasses.replace(settings, app_id=f"newsstream-bench-{uuid.uuid4().hex[:6]}",
                                       data_dir=tmp)
        topics.ensure_topics(settings)
        fleet = []
        for number in range(workers):
            worker_settings = dataclasses.replace(settings, web_port=free_port())
            process = runner.spawn_worker(worker_settings, tmp / f"worker-{number}.log")
            fleet.append((worker_settings, process))
        try:
            for worker_settings, process in fleet:
                runner.wait_until_serving(worker_settings, process)
            collector = Collector(settings)
            collector.start()
            producer = _producer(settings)
            warmup = _articles(texts[-1:], "warmup")
            _send(producer, collector, warmup[0])
            producer.flush()
            if not collector.wait_for([warmup[0].id], 120):
                raise RuntimeError("the pipeline did not answer a warm-up article in 120 s")

            burst = _articles(texts[:articles], "burst")
            watched = {"workers": [p.pid for _, p in fleet], "broker": broker_pids(),
                       "bench": [os.getpid()]}
            cpu_before = {k: sum(map(cpu_seconds, pids)) for k, pids in watched.items()}
            started = time.time()
            for article in burst:
                _send(producer, collector, article)
            producer.flush()
            ids = [a.id for a in burst]
            complete = collector.wait_for(ids, 600)
            finished = max(collector.arrived.get(i, time.time()) for i in ids)
            pipeline_rate = sum(i in collector.arrived for i in ids) / (finished - started)
            # Where the machine's CPU went during the burst, per article.
            burst_cpu = {k: (sum(map(cpu_seconds, pids)) - cpu_before[k]) * 1000 / articles
                         for k, pids in watched.items() if pids}
            out(f"pipeline: {pipeline_rate:,.0f} articles/s ({'complete' if complete else 'INCOMPLETE'})")

            urls = [f"http://127.0.0.1:{s.web_port}" for s, _ in fleet]
            before_steady = summed([worker_metrics(url) for url in urls])
            # Where an article's time goes: the record timestamps of the middle topics.
            hop_clock = Collector(settings, (topics.LANG, topics.ENTITIES)) if hops else None
            if hop_clock:
                hop_clock.start()
            steady = _articles(texts[articles:articles + int(rate * rate_seconds)], "steady")
            interval = 1.0 / rate
            next_at = time.perf_counter()
            for article in steady:
                _send(producer, collector, article)
                producer.flush() if len(collector.sent) % 10 == 0 else None
                next_at += interval
                time.sleep(max(0.0, next_at - time.perf_counter()))
            producer.flush()
            steady_ids = [a.id for a in steady]
            collector.wait_for(steady_ids, 120)
            latencies = collector.latencies_ms(steady_ids)
            per_hop = hop_latencies_ms(steady_ids, collector, hop_clock) if hop_clock else None
            # A queue that builds up shows as medians rising from one tenth of the run to the next.
            tenth = max(len(latencies) // 10, 1)
            trend = [_percentile(latencies[i:i + tenth], 50) for i in range(0, len(latencies), tenth)][:10]
            per_worker = [worker_metrics(url) for url in urls]
            after = summed(per_worker)
            cpu = stage_cpu_ms(after)
            waits = stage_wait_ms(before_steady, after)
            gc_longest = max((v for samples in per_worker for k, v in samples.items()
                              if k.startswith("newsstream_gc_pause_seconds_max")), default=0.0)
            rss = [peak_rss_mb(p.pid) for _, p in fleet]
            collector.stop.set()
            if hop_clock:
                hop_clock.stop.set()
            producer.close()
        finally:
            for _, process in fleet:
                runner.stop_worker(process)

    result = {
        "articles": articles, "workers": workers, "cores": os.cpu_count(),
        "article_kb": round(mb * 1000 / articles, 2),
        "baseline_articles_per_s": round(baseline_rate, 1),
        "pipeline_articles_per_s": round(pipeline_rate, 1),
        "pipeline_mb_per_s": round(pipeline_rate * mb / articles, 2),
        "pipeline_vs_baseline": round(pipeline_rate / baseline_rate, 3),
        "offered_rate_per_s": rate,
        "latency_p50_ms": round(_percentile(latencies, 50), 1),
        "latency_p95_ms": round(_percentile(latencies, 95), 1),
        "latency_p99_ms": round(_percentile(latencies, 99), 1),
        "latency_samples": len(latencies),
        "latency_p50_ms_by_tenth": [round(v) for v in trend],
        **({"latency_ms_per_hop": per_hop} if per_hop else {}),
        "cpu_ms_per_article": {k: round(v, 3) for k, v in sorted(cpu.items())},
        "steady_mean_wait_ms_per_stage": {k: round(v, 1) for k, v in waits.items()},
        "burst_process_cpu_ms_per_article": {k: round(v, 3) for k, v in burst_cpu.items()},
        "gc_pause_max_ms": round(1000 * gc_longest, 1),
        "rss_mb": round(max(rss), 1),
        "rss_mb_per_worker": [round(r, 1) for r in rss],
    }
    return result


def render(result: dict, out=print) -> None:
    rows = [
        ("articles (size)", f"{result['articles']:,} x {result['article_kb']} KB, "
                            f"{result['workers']} worker(s), {result['cores']} cores"),
        ("baseline pass-through", f"{result['baseline_articles_per_s']:,.0f} articles/s"),
        ("pipeline", f"{result['pipeline_articles_per_s']:,.0f} articles/s, "
                     f"{result['pipeline_mb_per_s']} MB/s "
                     f"({100 * result['pipeline_vs_baseline']:.1f}% of baseline)"),
        (f"latency at {result['offered_rate_per_s']:.0f}/s offered",
         f"p50 {result['latency_p50_ms']} ms, p95 {result['latency_p95_ms']} ms, "
         f"p99 {result['latency_p99_ms']} ms ({result['latency_samples']} articles)"),
        ("p50 by tenth of the run", " ".join(f"{v:,}" for v in result["latency_p50_ms_by_tenth"]) + " ms"),
        *([("p50 / p99 per hop", ", ".join(f"{hop} {v['p50']:,.0f} / {v['p99']:,.0f}"
                                            for hop, v in result["latency_ms_per_hop"].items()) + " ms")]
          if "latency_ms_per_hop" in result else []),
        ("mean wait per stage", ", ".join(
            f"{k} {v} ms" for k, v in result["steady_mean_wait_ms_per_stage"].items())
         + " (steady phase; record timestamp to end of its batch)"),
        ("CPU per article", ", ".join(f"{k} {v} ms" for k, v in result["cpu_ms_per_article"].items())),
        ("process CPU per article", ", ".join(
            f"{k} {v} ms" for k, v in result["burst_process_cpu_ms_per_article"].items())
         + " (burst; bench = load generator and reader)"),
        ("longest GC pause", f"{result['gc_pause_max_ms']} ms (any worker, any generation)"),
        ("peak RSS per worker", ", ".join(f"{r} MB" for r in result["rss_mb_per_worker"])),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        out(f"{key:<{width}}  {value}")
