"""Per-stage counters and timings, exposed in Prometheus text format by the worker."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StageMetrics:
    processed: int = 0
    failed: int = 0
    batches: int = 0
    seconds: float = 0.0
    max_batch_seconds: float = 0.0

    def observe_batch(self, seconds: float) -> None:
        self.batches += 1
        self.seconds += seconds
        self.max_batch_seconds = max(self.max_batch_seconds, seconds)


@dataclass
class Registry:
    stages: dict[str, StageMetrics] = field(default_factory=dict)

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
        return "\n".join(lines) + "\n"


STAGE_METRICS = Registry()
