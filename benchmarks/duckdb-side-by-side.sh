#!/usr/bin/env bash
# Side-by-side benchmark (issue 20): the same bundle imported and verified by the night and by DuckDB, one after
# the other in this one invocation, each result compared row for row on every field, the ratios printed.
#   1. the night: a fresh embedded PostgreSQL, then the night's import and verification stages as
#      `./pipeline run --date RUN_DATE --bundle ...` runs them (org.examcommit.benchmarks.duckdb.NightSide), each
#      timed, its verification_results written as the export writes them; peak memory (PSS) of that JVM and
#      its PostgreSQL sampled every 2 s from /proc, as night-benchmark.sh does;
#   2. DuckDB: the same CSVs loaded with the contract's cleaning and quarantine rules as SQL, the verification
#      computed as SQL (org.examcommit.benchmarks.duckdb.SideBySide), load and compute timed apart; then the
#      comparison and the summary table. Exit 1 when the results differ.
#
#   benchmarks/duckdb-side-by-side.sh [N=1000000] [SEED=42]
#
# The bundle is night-benchmark.sh's (generated with --statistical into BUNDLE_ROOT, default
# /tmp/examcommit-night-benchmark, and reused when complete). Env: BENCHMARK_DIR (default
# /tmp/examcommit-duckdb-side-by-side: the night's database and outputs, replaced on each run), RUN_DATE
# (default 2026-11-20, night-benchmark.sh's), NIGHT_JAVA_OPTS (flags for the night's JVM, e.g. -Xmx2g; default
# none, the JVM's own heap sizing, as ./pipeline has).
set -euo pipefail
N="${1:-1000000}"
SEED="${2:-42}"
RUN_DATE="${RUN_DATE:-2026-11-20}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE_ROOT="${BUNDLE_ROOT:-/tmp/examcommit-night-benchmark}"
BUNDLE="$BUNDLE_ROOT/bundle-$N-$SEED"
WORK="${BENCHMARK_DIR:-/tmp/examcommit-duckdb-side-by-side}"
DATA="$WORK/data"
OUT="$WORK/out-$N-$SEED"

cd "$ROOT"
mkdir -p "$WORK" "$BUNDLE_ROOT"
# shellcheck source=benchmarks/bundle-night.sh
. "$ROOT/benchmarks/bundle-night.sh"
build_benchmarks

if [ ! -f "$BUNDLE/.complete" ]; then
  rm -rf "$BUNDLE"
  echo "Generating a bundle of $N applications in $BUNDLE..." >&2
  java -Xmx2g -cp "$ROOT/schedules/target/classes:$CP" org.examcommit.schedules.demo.BundleGenerator \
    "$BUNDLE" "$N" "$SEED" --statistical
  touch "$BUNDLE/.complete"
fi
du -sh "$BUNDLE" >&2

rm -rf "$DATA" "$OUT" "$WORK/peak-pss"
mkdir -p "$OUT"
echo "The night: import + verification on a fresh embedded PostgreSQL in $DATA (log $OUT/night.log)..." >&2
night_before=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2086
java ${NIGHT_JAVA_OPTS:-} -cp "$CP" org.examcommit.benchmarks.duckdb.NightSide "$BUNDLE" "$RUN_DATE" "$DATA" "$OUT" >"$OUT/night.log" 2>&1 &
night=$!
peak_pss "$night" "$DATA" "$WORK/peak-pss" & sampler=$!
status=0
wait "$night" || status=$?
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
if [ "$status" -ne 0 ]; then tail -n 40 "$OUT/night.log" >&2; exit "$status"; fi
grep '^night:' "$OUT/night.log" >&2 || true
night_pss=$(cat "$WORK/peak-pss" 2>/dev/null || echo '?')

echo "DuckDB: load + compute on the same bundle..." >&2
status=0
java -cp "$CP" org.examcommit.benchmarks.duckdb.SideBySide "$BUNDLE" "$RUN_DATE" "$OUT" || status=$?
echo "Night's part: peak memory (PSS) of its JVM (flags: ${NIGHT_JAVA_OPTS:-none}) and PostgreSQL $night_pss MiB; load average before it:" \
  "$night_before. Bundle $BUNDLE ($N applications, seed $SEED), run date $RUN_DATE."
exit "$status"
