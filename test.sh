#!/usr/bin/env bash
# Set everything up, then run the whole test suite (unit, property, end-to-end
# through a real broker, dashboard in headless Chromium). Extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
EXTRAS=test,kb,ner-ja,ner-zh,compiled source scripts/setup.sh
# The dashboard test drives Debian's Chromium; install it where we may.
if ! command -v chromium >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the dashboard test" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "could not install chromium: the dashboard tests will skip" >&2
fi
exec .venv/bin/python -m pytest "$@"
