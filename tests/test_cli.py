"""The `newsstream` command as users run it: run, enrich, schema, lang, errors."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import orjson
import pytest
from conftest import ROOT, SEEDS
from hostile import OUTSIDE_MARKER, make_hostile_folder

from streams.broker import free_port
from streams.records import ALL_RECORDS, DeadLetter, EnrichedArticle


def newsstream(*args: str, env: dict | None = None, cwd: Path = ROOT, timeout: float = 180,
               stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "streams.cli", *args], cwd=cwd, input=stdin,
                          env={**os.environ, **(env or {})}, capture_output=True, timeout=timeout)


def test_enrich_prints_one_record_per_file_in_argument_order():
    seeds = sorted(SEEDS.glob("*.txt"))
    result = newsstream("enrich", *map(str, seeds))
    assert result.returncode == 0, result.stderr.decode()
    records = [EnrichedArticle.from_json(line) for line in result.stdout.splitlines()]
    assert [r.language.code for r in records] == ["hi", "ar", "de", "ja", "vi"]
    assert [r.source for r in records] == [str(s) for s in seeds]
    assert records[1].story.id == records[4].story.id


def test_enrich_reports_a_bad_file_without_a_traceback(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = newsstream("enrich", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert b"empty" in result.stderr and b"missing.txt" in result.stderr


def test_schema_prints_every_record_schema():
    schemas = orjson.loads(newsstream("schema").stdout)
    assert set(schemas) == set(ALL_RECORDS)
    enriched = schemas["EnrichedArticle"]
    assert {"schema", "id", "source", "received_at", "language", "entities", "amounts",
            "story"} <= set(enriched["properties"])


def test_lang_prints_code_and_confidence_per_line():
    lines = "Alibaba investiert in künstliche Intelligenz.\nアリババは人工知能に投資する。\n\n"
    result = newsstream("lang", "-", stdin=lines.encode())
    rows = [line.split("\t") for line in result.stdout.decode().splitlines()]
    assert [r[0] for r in rows[:2]] == ["de", "ja"]
    assert len(rows) == 3 and all(0.0 <= float(r[1]) <= 1.0 for r in rows)


def test_replay_without_a_broker_says_so_clearly(tmp_path):
    env = {"KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}", "NEWSSTREAM_DATA_DIR": str(tmp_path)}
    result = newsstream("replay", str(SEEDS), env=env, timeout=120)
    assert result.returncode != 0
    assert b"Traceback" not in result.stderr
    assert b"Kafka" in result.stderr or b"broker" in result.stderr


@pytest.mark.e2e
def test_run_on_a_hostile_folder_accounts_for_every_file(tmp_path, shared_kafka):
    folder = tmp_path / "in"
    expected = make_hostile_folder(folder, SEEDS, recursive=True)
    out = tmp_path / "out"
    env = {"NEWSSTREAM_DATA_DIR": str(tmp_path / "state"), "NEWSSTREAM_WEB_PORT": str(free_port()),
           "NEWSSTREAM_APP_ID": f"newsstream-run-{tmp_path.name[-6:]}"}
    if not shared_kafka:
        env["KAFKA_BOOTSTRAP_SERVERS"] = ""  # the embedded broker
    result = newsstream("run", str(folder), "--out", str(out), env=env, timeout=300)
    stdout = result.stdout.decode(errors="replace")
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    assert "\x1b" not in stdout, "terminal escapes from an article reached the terminal"
    enriched = [EnrichedArticle.from_json(l) for l in (out / "enriched.jsonl").read_bytes().splitlines()]
    dead = [DeadLetter.from_json(l) for l in (out / "deadletter.jsonl").read_bytes().splitlines()]
    by_name = {Path(a.source).relative_to(folder).as_posix(): a for a in enriched}
    dead_by_name = {Path(d.source).relative_to(folder).as_posix(): d for d in dead}
    for name, outcome in expected.items():
        if outcome == "skipped":
            assert name not in by_name and name not in dead_by_name, name
        elif outcome.startswith("deadletter:"):
            assert dead_by_name[name].reason.startswith(outcome.split(":", 1)[1]), dead_by_name[name]
        else:
            assert name in by_name, f"{name} was not enriched"
            if ":" in outcome:
                assert by_name[name].language.code == outcome.split(":", 1)[1], name
    assert not any(OUTSIDE_MARKER in a.text for a in enriched)
    files = sum(1 for o in expected.values() if o != "skipped")
    assert len(enriched) + len(dead) == files


def _children(pid: int) -> set[int]:
    return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}


def _alive(pid: int) -> bool:
    try:  # a zombie no one reaps still answers kill(0): read its state
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_killed_run_leaves_neither_worker_nor_broker_behind(tmp_path, shared_kafka):
    """SIGKILL `newsstream run`: its worker (SIGTERM, a clean Faust stop) and its embedded
    broker must end too, not keep retrying and holding memory and ports."""
    if shared_kafka or not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists():
        pytest.skip("needs the embedded broker and Linux's /proc children lists")
    (tmp_path / "in").mkdir()
    env = {**os.environ, "NEWSSTREAM_DATA_DIR": str(tmp_path / "state"), "KAFKA_BOOTSTRAP_SERVERS": "",
           "NEWSSTREAM_WEB_PORT": str(free_port()), "NEWSSTREAM_APP_ID": f"newsstream-kill-{tmp_path.name[-6:]}"}
    run = subprocess.Popen([sys.executable, "-m", "streams.cli", "run", str(tmp_path / "in"), "--follow",
                            "--out", str(tmp_path / "out")], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(children := _children(run.pid)) < 2 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(children) == 2, f"expected broker and worker under `newsstream run`, found {children}"
    while run.poll() is None and time.monotonic() < deadline:  # the worker is up and consuming
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{env['NEWSSTREAM_WEB_PORT']}/metrics", timeout=1)
            break
        time.sleep(0.2)
    run.kill()
    run.wait()
    deadline = time.monotonic() + 45
    while (left := {c for c in children if _alive(c)}) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "children of a killed `newsstream run` kept running"
