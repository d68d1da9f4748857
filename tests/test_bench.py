"""`newsstream bench` end to end on a real broker, small: every figure is there and sane."""

from __future__ import annotations

import pytest

from benchmarks.bench_pipeline import render, run

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_pipeline_benchmark_measures_every_hop(kafka_bootstrap, tmp_path, monkeypatch):
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", kafka_bootstrap)
    monkeypatch.setenv("NEWSSTREAM_DATA_DIR", str(tmp_path))
    result = run(articles=40, workers=1, rate=20, rate_seconds=2, hops=True,
                 out=lambda *_: None)
    for key in ("pipeline_articles_per_s", "baseline_articles_per_s", "latency_p99_ms", "rss_mb"):
        assert result[key] > 0, key
    assert result["latency_samples"] == 40
    assert set(result["cpu_ms_per_article"]) == {"language", "entities", "aggregate"}
    hops = result["latency_ms_per_hop"]
    assert list(hops) == ["language", "entities", "aggregate", "read back"]
    # Each hop is part of the end-to-end latency: together they are no longer than it.
    assert all(0 < h["p50"] <= result["latency_p99_ms"] for h in hops.values())
    assert sum(h["p50"] for h in hops.values()) <= result["latency_p99_ms"] * 1.5
    lines = []
    render(result, out=lines.append)
    assert any("per hop" in str(line) for line in lines)


def test_entity_ab_benchmark_compares_with_a_revision(capsys):
    from benchmarks.bench_entities_ab import main
    main(["HEAD", "-n", "10", "--rounds", "1"])
    out = capsys.readouterr().out
    assert "round 1: HEAD" in out and "ms per 5 KB article" in out
