"""The curated knowledge-base entries are well-formed (ids, types, QIDs, aliases)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_curated_entries_pass_the_checker():
    files = sorted(str(p) for p in (ROOT / "agents" / "entities" / "curated").glob("*.jsonl"))
    assert files
    result = subprocess.run([sys.executable, "scripts/check_curated.py", *files], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]
