#!/usr/bin/env bash
# Sets everything up, builds, and runs every test (unit, GUI offscreen, end-to-end CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cd build
PRAKSIS_PACKAGE_TEST=1 QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j"$(nproc)"
