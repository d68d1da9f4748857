"""The shipped twin word table is exactly what scripts/build_lang_words.py makes from wordfreq."""

from __future__ import annotations

import gzip
import subprocess
import sys

import pytest
from conftest import ROOT

SHIPPED = ROOT / "agents" / "language" / "data" / "words.txt.gz"


def test_committed_words_are_reproducible(tmp_path):
    wordfreq = pytest.importorskip("wordfreq")
    from importlib.metadata import version
    header = gzip.decompress(SHIPPED.read_bytes()).decode("utf-8").splitlines()[1]
    if f"wordfreq {version('wordfreq')} " not in header:
        pytest.skip(f"built from another wordfreq version than {version('wordfreq')}: {header}")
    out = tmp_path / "words.txt.gz"
    subprocess.run([sys.executable, "scripts/build_lang_words.py", "--out", str(out)], cwd=ROOT,
                   check=True, capture_output=True, timeout=120)
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(SHIPPED.read_bytes()), \
        "words.txt.gz differs: run scripts/build_lang_words.py"
    assert wordfreq


def test_words_table_is_small():
    assert SHIPPED.stat().st_size < 3_000_000
