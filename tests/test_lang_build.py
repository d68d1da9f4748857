"""The shipped twin word table is exactly what scripts/build_lang_words.py makes from wordfreq."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT

SHIPPED = ROOT / "agents" / "language" / "data" / "words.txt"


def test_committed_words_are_reproducible(tmp_path):
    wordfreq = pytest.importorskip("wordfreq")
    from importlib.metadata import version
    header = SHIPPED.read_text(encoding="utf-8").splitlines()[1]
    if f"wordfreq {version('wordfreq')} " not in header:
        pytest.skip(f"built from another wordfreq version than {version('wordfreq')}: {header}")
    out = tmp_path / "words.txt"
    subprocess.run([sys.executable, "scripts/build_lang_words.py", "--out", str(out)], cwd=ROOT,
                   check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == SHIPPED.read_bytes(), "words.txt differs: run scripts/build_lang_words.py"
    assert wordfreq


def test_words_table_is_small():
    assert SHIPPED.stat().st_size < 2_000_000
