"""The compiled entity modules: used only while current, and the same output as the plain ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from agents import compiled
from agents.compiled import COMPILED_MODULES, CompiledFinder, current_modules, extension_path, source_digest

ROOT = Path(__file__).resolve().parents[1]
MODULE = "agents.entities.names"


def _fake_build(directory: Path, digest: str) -> None:
    extension_path(directory, MODULE).parent.mkdir(parents=True, exist_ok=True)
    extension_path(directory, MODULE).write_bytes(b"not loaded by these tests")
    (directory / compiled.MANIFEST).write_bytes(orjson.dumps({"modules": {MODULE: digest}}))


def test_no_build_means_the_plain_modules(tmp_path):
    assert current_modules(tmp_path) == []
    assert CompiledFinder(tmp_path).find_spec(MODULE) is None


def test_a_build_of_the_current_source_is_served(tmp_path):
    _fake_build(tmp_path, source_digest(MODULE))
    assert current_modules(tmp_path) == [MODULE]
    spec = CompiledFinder(tmp_path).find_spec(MODULE)
    assert spec.origin == str(extension_path(tmp_path, MODULE))
    assert CompiledFinder(tmp_path).find_spec("agents.entities.extract") is None   # not built


def test_an_edited_source_is_never_shadowed_by_its_old_build(tmp_path):
    _fake_build(tmp_path, "0" * 64)
    assert current_modules(tmp_path) == []
    assert CompiledFinder(tmp_path).find_spec(MODULE) is None


def test_a_build_without_its_extension_file_is_not_served(tmp_path):
    _fake_build(tmp_path, source_digest(MODULE))
    extension_path(tmp_path, MODULE).unlink()
    assert current_modules(tmp_path) == []


def test_a_broken_manifest_means_the_plain_modules(tmp_path):
    (tmp_path / compiled.MANIFEST).write_text("{not json")
    assert current_modules(tmp_path) == []
    assert compiled.profile_guided_modules(tmp_path) == []
    (tmp_path / compiled.MANIFEST).write_text("[1, 2]")
    assert current_modules(tmp_path) == [] and compiled.profile_guided_modules(tmp_path) == []


def test_the_manifest_says_which_modules_were_profile_guided(tmp_path):
    _fake_build(tmp_path, source_digest(MODULE))
    assert compiled.profile_guided_modules(tmp_path) == []   # (a plain build, or one from before --pgo)
    manifest = {"modules": {MODULE: source_digest(MODULE)}, "profile_guided": [MODULE]}
    (tmp_path / compiled.MANIFEST).write_bytes(orjson.dumps(manifest))
    assert compiled.profile_guided_modules(tmp_path) == [MODULE]
    assert current_modules(tmp_path) == [MODULE]


_DUMP = """
import sys, orjson
from pathlib import Path
from agents.compiled import mode
from agents.entities.extract import extract
from agents.language.detect import detect
from benchmarks.articles import generate
from benchmarks.bench_ner import SCRIPTS
from benchmarks.bench_ner_dev import DATA, read
from streams.records import LanguageResult
texts = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))] + generate(150)
rows = [extract(t, detect(t)).model_dump(mode="json") for t in texts]
# every language's rules: the development sentences, each set's first 40 lines joined
for path in sorted(DATA.glob("*.txt")):
    code = path.stem.split("_")[0]
    text = "\\n".join(t for t, _ in read(path)[:40])
    lang = LanguageResult(code=code, script=SCRIPTS.get(code, "Zyyy"), confidence=1.0)
    rows.append(extract(text, lang).model_dump(mode="json"))
sys.stdout.buffer.write(orjson.dumps({"mode": mode(), "rows": rows}))
"""


@pytest.mark.skipif(sorted(current_modules()) != sorted(COMPILED_MODULES),
                    reason="no current compiled build (scripts/compile.py)")
def test_compiled_and_plain_modules_give_the_same_entities():
    """The seeds, 150 synthetic articles in five languages and the development sentences
    of every language with rules of its own, in two processes."""
    runs = {}
    for name, pure in (("plain", "1"), ("compiled", "")):
        env = os.environ | {"NEWSSTREAM_PURE_PYTHON": pure}
        runs[name] = subprocess.Popen([sys.executable, "-c", _DUMP], cwd=ROOT, env=env, stdout=subprocess.PIPE)
    out = {name: orjson.loads(p.communicate(timeout=600)[0]) for name, p in runs.items()}
    assert out["plain"]["mode"] == "pure Python"
    assert out["compiled"]["mode"].startswith("compiled (Cython")
    assert len(out["plain"]["rows"]) > 155 + 30
    assert sum(len(r["entities"]) for r in out["plain"]["rows"]) > 4000
    assert out["compiled"]["rows"] == out["plain"]["rows"]
