#!/usr/bin/env bash
# Create .venv in the repo root and install newsstream into it (idempotent, quiet).
# Sourced by run.sh and test.sh; EXTRAS picks the optional dependency groups.
# Then compiles the entity stage's hot modules with Cython where they changed
# (scripts/compile.py; NEWSSTREAM_COMPILE=0 skips it, and a failed build only
# leaves the plain modules in use): a fresh build profile-guided (--pgo, a few
# minutes more; NEWSSTREAM_PGO=0 builds plainly).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The interpreter: $PYTHON if set, else python3 from the PATH; but where the system's
# own /usr/bin/python3 is the same Python version, that one. Debian's and Ubuntu's
# builds are profile-guided and link-time optimised with libpython linked in; pyenv's
# default build is none of these, and runs the entity stage 8-10 % slower on the
# development machine (README, Measured performance). An existing .venv stays as it
# is: remove it to switch.
if [ -z "${PYTHON:-}" ]; then
  PYTHON=python3
  version='import sys; print(*sys.version_info[:2])'
  if [ -x /usr/bin/python3 ] && [ "$(/usr/bin/python3 -c "$version" 2>/dev/null)" = "$(python3 -c "$version" 2>/dev/null)" ] \
      && /usr/bin/python3 -c 'import ensurepip, venv' 2>/dev/null; then
    PYTHON=/usr/bin/python3
  fi
fi
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
