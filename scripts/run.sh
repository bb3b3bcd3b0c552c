#!/usr/bin/env bash
# Sets everything up, builds, and starts the desktop program. Arguments are passed on (e.g. a plan file).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec ./build/app/praksisplan "$@"
