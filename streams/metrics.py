"""Per-stage counters and timings, exposed in Prometheus text format by the worker."""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from time import perf_counter

# Upper bounds (seconds) of the record-wait histogram buckets; +Inf is implicit.
WAIT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


@dataclass
class StageMetrics:
    processed: int = 0
    failed: int = 0
    batches: int = 0
    seconds: float = 0.0
    max_batch_seconds: float = 0.0
    # Time from a record's Kafka timestamp (when the stage before produced it)
    # to the end of the batch that handled it: queueing + batching + work.
    wait_counts: list[int] = field(default_factory=lambda: [0] * (len(WAIT_BUCKETS) + 1))
    wait_sum: float = 0.0

    def observe_batch(self, seconds: float, waits: Iterable[float] = ()) -> None:
        self.batches += 1
        self.seconds += seconds
        self.max_batch_seconds = max(self.max_batch_seconds, seconds)
        for wait in waits:
            wait = max(wait, 0.0)  # clocks of two hosts may disagree a little
            self.wait_counts[bisect_left(WAIT_BUCKETS, wait)] += 1
            self.wait_sum += wait


@dataclass
class GcPauses:
    """Time the garbage collector stops the worker, per generation (gc.callbacks)."""

    seconds: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    longest: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    _started: float = 0.0

    def install(self) -> None:
        if self._observe not in gc.callbacks:
            gc.callbacks.append(self._observe)

    def _observe(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = perf_counter()
            return
        pause, gen = perf_counter() - self._started, info["generation"]
        self.seconds[gen] += pause
        self.longest[gen] = max(self.longest[gen], pause)


@dataclass
class Registry:
    stages: dict[str, StageMetrics] = field(default_factory=dict)
    gc: GcPauses = field(default_factory=GcPauses)

    def for_stage(self, stage: str) -> StageMetrics:
        return self.stages.setdefault(stage, StageMetrics())

    def prometheus(self) -> str:
        lines = [
            "# HELP newsstream_messages_total Messages handled per stage and outcome.",
            "# TYPE newsstream_messages_total counter",
        ]
        for stage, m in sorted(self.stages.items()):
            lines.append(f'newsstream_messages_total{{stage="{stage}",outcome="processed"}} {m.processed}')
            lines.append(f'newsstream_messages_total{{stage="{stage}",outcome="deadletter"}} {m.failed}')
        lines += ["# HELP newsstream_stage_seconds_total CPU-bound time spent in each stage's core.",
                  "# TYPE newsstream_stage_seconds_total counter"]
        for stage, m in sorted(self.stages.items()):
            lines.append(f'newsstream_stage_seconds_total{{stage="{stage}"}} {m.seconds:.6f}')
        lines += ["# HELP newsstream_stage_batch_seconds_max Slowest batch per stage.",
                  "# TYPE newsstream_stage_batch_seconds_max gauge"]
        for stage, m in sorted(self.stages.items()):
            lines.append(f'newsstream_stage_batch_seconds_max{{stage="{stage}"}} {m.max_batch_seconds:.6f}')
        lines += ["# HELP newsstream_record_wait_seconds Record's Kafka timestamp to the end of its batch in the stage.",
                  "# TYPE newsstream_record_wait_seconds histogram"]
        for stage, m in sorted(self.stages.items()):
            running = 0
            for bound, count in zip((*WAIT_BUCKETS, "+Inf"), m.wait_counts):
                running += count
                lines.append(f'newsstream_record_wait_seconds_bucket{{stage="{stage}",le="{bound}"}} {running}')
            lines.append(f'newsstream_record_wait_seconds_sum{{stage="{stage}"}} {m.wait_sum:.6f}')
            lines.append(f'newsstream_record_wait_seconds_count{{stage="{stage}"}} {running}')
        lines += ["# HELP newsstream_gc_pause_seconds_total Time in garbage collections per generation.",
                  "# TYPE newsstream_gc_pause_seconds_total counter"]
        lines += [f'newsstream_gc_pause_seconds_total{{generation="{g}"}} {v:.6f}'
                  for g, v in enumerate(self.gc.seconds)]
        lines += ["# HELP newsstream_gc_pause_seconds_max Longest garbage collection per generation.",
                  "# TYPE newsstream_gc_pause_seconds_max gauge"]
        lines += [f'newsstream_gc_pause_seconds_max{{generation="{g}"}} {v:.6f}'
                  for g, v in enumerate(self.gc.longest)]
        return "\n".join(lines) + "\n"


STAGE_METRICS = Registry()
