#!/usr/bin/env bash
# Create .venv in the repo root and install newsstream into it (idempotent, quiet).
# Sourced by run.sh and test.sh; EXTRAS picks the optional dependency groups.
# Then compiles the entity stage's hot modules with Cython where they changed
# (scripts/compile.py; NEWSSTREAM_COMPILE=0 skips it, and a failed build only
# leaves the plain modules in use): a fresh build profile-guided (--pgo, a few
# minutes more; NEWSSTREAM_PGO=0 builds plainly).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-${EXTRAS:-none}
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${EXTRAS:+[$EXTRAS]}"
  touch "$stamp"
fi
if [ "${NEWSSTREAM_COMPILE:-1}" != 0 ]; then
  .venv/bin/python scripts/compile.py --quiet $([ "${NEWSSTREAM_PGO:-1}" != 0 ] && echo --pgo) \
    || echo "could not compile the entity modules: the plain Python ones run (11-15 % slower)" >&2
fi
