#!/usr/bin/env bash
# Import benchmark: builds the benchmarks and the platform's bundle generator, generates a contract bundle of
# N applications (default 1,000,000) under /tmp with org.examcommit.schedules.demo.BundleGenerator, imports
# it into a fresh embedded PostgreSQL under /tmp, and prints rows/s per dataset and the total time.
# Usage: benchmarks/import-benchmark.sh [N] [SEED]
set -euo pipefail
N="${1:-1000000}"
SEED="${2:-42}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCHMARK_DIR:-/tmp/examcommit-import-benchmark}"
BUNDLE="$WORK/bundle-$N-$SEED"
HEAP="${BENCHMARK_HEAP:--Xmx6g}"

cd "$ROOT"
# shellcheck source=benchmarks/bundle-night.sh
. "$ROOT/benchmarks/bundle-night.sh"
mkdir -p "$WORK"
build_benchmarks

if [ ! -f "$BUNDLE/.complete" ]; then
  rm -rf "$BUNDLE"
  echo "Generating a bundle of $N applications in $BUNDLE..." >&2
  java $HEAP -cp "$ROOT/schedules/target/classes:$CP" org.examcommit.schedules.demo.BundleGenerator "$BUNDLE" "$N" "$SEED"
  touch "$BUNDLE/.complete"
fi
du -sh "$BUNDLE" >&2

rm -rf "$WORK/data"
echo "Importing into a fresh embedded PostgreSQL under $WORK/data..." >&2
start=$(date +%s)
DATA_DIR="$WORK/data" OUTPUT_ROOT="$WORK/output" java $HEAP -cp "$CP" \
  org.examcommit.benchmarks.ImportBenchmark "$BUNDLE" 2026-06-01
echo "Wall time including JVM, Spring and PostgreSQL start-up: $(( $(date +%s) - start )) s" >&2
