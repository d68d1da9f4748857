#!/usr/bin/env bash
# Set everything up, then run the main job: embedded broker + worker + replay of
# the folder (default seeds/), summary, out/enriched.jsonl and out/deadletter.jsonl.
set -euo pipefail
cd "$(dirname "$0")"
EXTRAS=compiled source scripts/setup.sh
exec .venv/bin/newsstream run "$@"
