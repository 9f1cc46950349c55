#!/usr/bin/env bash
# Analytics benchmark: times the night's `analytics` stage (the Spark applications, Spark start-up included)
# on N verified applications (default 1,000,000) with --master local[2], and prints each application's wall
# time, applications/s and the rows it wrote per output, with the load average beside them.
#
# The first run for an N prepares a database under /tmp: it generates a contract bundle of N applications with
# the project's generator (reusing import-benchmark.sh's bundle when that exists) and runs one whole night on it,
# `./pipeline run --date RUN_DATE --bundle ...` (import, verification and the analytics; about 5 minutes for a
# million here). Later runs reuse that DATA_DIR and time the analytics alone, so re-measuring never redoes the
# import. Delete $BENCHMARK_DIR/data-N-SEED to prepare again.
#
#   benchmarks/analytics-benchmark.sh [N=1000000] [SEED=42]
#
# Env: BENCHMARK_DIR (default /tmp/examcommit-analytics-benchmark), SPARK_MASTER (default local[2]),
# DRIVER_MEMORY (the Spark driver's heap, default the night's: examcommit.analytics.driver-memory's default),
# RUNS (timed runs, default 1), SPARK_CONF_DIR (a folder whose spark-defaults.conf the Spark applications read:
# try a Spark setting without rebuilding). The Spark applications' progress goes to
# $BENCHMARK_DIR/analytics-N-SEED.log; to profile one, `jcmd <its pid> JFR.start settings=profile filename=...`.
set -euo pipefail
N="${1:-1000000}"
SEED="${2:-42}"
RUN_DATE="${RUN_DATE:-2026-06-01}"
MASTER="${SPARK_MASTER:-local[2]}"
RUNS="${RUNS:-1}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCHMARK_DIR:-/tmp/examcommit-analytics-benchmark}"
DATA="$WORK/data-$N-$SEED"
OUTPUT="$WORK/output-$N-$SEED"
LOG="$WORK/analytics-$N-$SEED.log"

# The bundle generator: one place to repoint when it moves (its module and class, run as OUTPUT_DIR N SEED).
GENERATOR_MODULE=schedules
GENERATOR_CLASS=org.examcommit.schedules.demo.BundleGenerator

cd "$ROOT"
mkdir -p "$WORK"
echo "Building (analytics, the platform and this benchmark)..." >&2
./mvnw -B -q -pl analytics,"$GENERATOR_MODULE" -am -DskipTests package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >&2
DEFAULT_MEMORY=$(sed -n 's/.*@DefaultValue("\([^"]*\)") String driverMemory.*/\1/p' \
  schedules/src/main/java/org/examcommit/schedules/analytics/AnalyticsProperties.java)
DRIVER_MEMORY="${DRIVER_MEMORY:-$DEFAULT_MEMORY}"

# A bundle of N applications: import-benchmark.sh's when it made one, else our own.
BUNDLE="${BUNDLE:-/tmp/examcommit-import-benchmark/bundle-$N-$SEED}"
if [ ! -f "$BUNDLE/.complete" ]; then
  BUNDLE="$WORK/bundle-$N-$SEED"
fi
if [ ! -f "$BUNDLE/.complete" ]; then
  rm -rf "$BUNDLE"
  echo "Generating a bundle of $N applications in $BUNDLE..." >&2
  GEN_CP="$ROOT/$GENERATOR_MODULE/target/classes:$(cat "$GENERATOR_MODULE/target/benchmark.classpath")"
  java -Xmx6g -cp "$GEN_CP" "$GENERATOR_CLASS" "$BUNDLE" "$N" "$SEED"
  touch "$BUNDLE/.complete"
fi

if [ ! -f "$DATA/.prepared" ]; then
  rm -rf "$DATA" "$OUTPUT"
  echo "Preparing $DATA: one night on the bundle (import, verification, analytics; load average: $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
  start=$(date +%s)
  DATA_DIR="$DATA" OUTPUT_ROOT="$OUTPUT" SPARK_MASTER="$MASTER" EXAMCOMMIT_ANALYTICS_DRIVERMEMORY="$DRIVER_MEMORY" \
    ./pipeline run --date "$RUN_DATE" --bundle "$BUNDLE" 2>"$WORK/prepare-$N-$SEED.log" >&2
  echo "Prepared in $(($(date +%s) - start)) s (load average: $(cut -d' ' -f1-3 /proc/loadavg)); the night's stages:" >&2
  DATA_DIR="$DATA" ./pipeline status --date "$RUN_DATE" >&2
  touch "$DATA/.prepared"
fi

# the embedded PostgreSQL's log to the progress file, not among the figures on stdout
cat >"$WORK/logback.xml" <<'XML'
<configuration>
  <appender name="stderr" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{0}: %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="stderr"/></root>
</configuration>
XML
CP="schedules/target/test-classes:schedules/target/classes:$(cat schedules/target/benchmark.classpath)"
for run in $(seq 1 "$RUNS"); do
  echo "Run $run of $RUNS: the analytics stage on $DATA (progress in $LOG)..." >&2
  java -Dlogback.configurationFile="$WORK/logback.xml" -cp "$CP" org.examcommit.schedules.analytics.AnalyticsBenchmark \
    "$DATA" "$RUN_DATE" "$OUTPUT" "$ROOT/analytics/target" "$MASTER" "$DRIVER_MEMORY" 2>>"$LOG" \
    || { tail -n 30 "$LOG" >&2; exit 1; }
done
