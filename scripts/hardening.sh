#!/usr/bin/env bash
# The hardening run of CI: the whole test suite built with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer, then a bounded libFuzzer run of the CSV reader and importers.
# usage: scripts/hardening.sh [FUZZ_SECONDS]   (default 60; new inputs found are kept in build-asan/fuzz-corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_seconds=${1:-60}
bash scripts/setup.sh

if [ ! -f build-asan/CMakeCache.txt ]; then
    CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPRAKSIS_FUZZ=ON -DPRAKSIS_BUILD_BENCHMARKS=OFF -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only"
fi
cmake --build build-asan

export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
(cd build-asan && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1200 -j"$(nproc)" -E '^packaging/')

# A bounded search for new inputs, starting from the corpus in tests/ (left untouched).
mkdir -p build-asan/fuzz-corpus
build-asan/tests/fuzz/fuzz_csv -max_total_time="$fuzz_seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix=build-asan/ build-asan/fuzz-corpus tests/fuzz/corpus/csv
