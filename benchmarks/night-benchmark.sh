#!/usr/bin/env bash
# Whole-night benchmark: generates a contract bundle of N applications (default 1,000,000) with the project's
# generator, statistical injection included (employer clusters, their look-alikes and outliers, so the
# statistical stages find what they would in a real night), and runs ONE whole night on it on a fresh embedded
# PostgreSQL, exactly as an operator does: `./pipeline run --date RUN_DATE --bundle ...` (import, deadlines,
# verify, commit-draw, analytics, draw, publish, report). Prints each stage's time from `./pipeline status`, the
# night's wall time, the load average before and after, and the peak memory (PSS) of the JVMs and PostgreSQL
# (sampled every 2 s from /proc).
#
#   benchmarks/night-benchmark.sh [N=1000000] [SEED=42]
#
# Env: BENCHMARK_DIR (default /tmp/examcommit-night-benchmark; the bundle is kept there and reused), RUN_DATE
# (default 2026-11-20, after the generated data's last month), SPARK_MASTER (default local[*]).
set -euo pipefail
N="${1:-1000000}"
SEED="${2:-42}"
RUN_DATE="${RUN_DATE:-2026-11-20}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCHMARK_DIR:-/tmp/examcommit-night-benchmark}"
BUNDLE="$WORK/bundle-$N-$SEED"
DATA="$WORK/data"
OUTPUT="$WORK/output"
LOG="$WORK/night-$N-$SEED.log"

cd "$ROOT"
# shellcheck source=benchmarks/bundle-night.sh
. "$ROOT/benchmarks/bundle-night.sh"
mkdir -p "$WORK"
echo "Building the platform and the generator..." >&2
./mvnw -B -q -DskipTests package dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile=target/runtime.classpath >&2
if [ ! -f "$BUNDLE/.complete" ]; then
  rm -rf "$BUNDLE"
  echo "Generating a bundle of $N applications in $BUNDLE..." >&2
  java -Xmx2g -cp "schedules/target/classes:$(cat schedules/target/runtime.classpath)" \
    org.examcommit.schedules.demo.BundleGenerator "$BUNDLE" "$N" "$SEED" --statistical
  touch "$BUNDLE/.complete"
fi
du -sh "$BUNDLE" >&2

rm -rf "$DATA" "$OUTPUT" "$WORK/peak-rss"
echo "One night on the bundle, fresh DATA_DIR $DATA (progress in $LOG)..." >&2
before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s)
DATA_DIR="$DATA" OUTPUT_ROOT="$OUTPUT" ./pipeline run --date "$RUN_DATE" --bundle "$BUNDLE" >"$WORK/night.out" 2>"$LOG" &
night=$!
peak_pss "$night" "$DATA" "$WORK/peak-rss" & sampler=$!
status=0
wait "$night" || status=$?
wall=$(($(date +%s) - start))
kill "$sampler" 2>/dev/null || true
if [ "$status" -ne 0 ]; then tail -n 40 "$LOG" >&2; exit "$status"; fi
echo "Night of $N applications: $wall s wall (load average before: $before, after: $(cut -d' ' -f1-3 /proc/loadavg));" \
  "peak memory (PSS) of the JVMs and PostgreSQL: $(cat "$WORK/peak-rss" 2>/dev/null || echo '?') MiB"
echo "The night's stages (./pipeline status):"
DATA_DIR="$DATA" ./pipeline status --date "$RUN_DATE" 2>/dev/null
