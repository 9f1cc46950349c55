#!/usr/bin/env bash
# Application-submission benchmark (not a test): builds registration-core, starts the service on a fresh
# embedded PostgreSQL under /tmp, seeds candidates with bearer tokens, and drives POST /api/applications
# at a fixed concurrency from a Java driver on localhost. Prints submissions/s and p50/p90/p99 latency.
#
#   benchmarks/submission-benchmark.sh [concurrency=16] [count=20000]
#   DRIVER=wrk benchmarks/submission-benchmark.sh 8 40000   (measure WRK_SECONDS=10 s with wrk instead of the
#                                                            Java driver; count = tokens available, keep it ample)
#
# Env: JAVA_OPTS of the service (default in submission-service.sh), PORT (default 18080), MAX_SECONDS (default 120), WARMUP (default min(count, 15000)),
#      POOL (Hikari connections, default 8), THREADS (Tomcat threads, default 64), KEEP_DATA=1 keeps /tmp data,
#      SERVICE_ARGS (more --name=value settings of the service, e.g. --examcommit.security.token-cache-size=200000).
set -euo pipefail
CONCURRENCY=${1:-16}
COUNT=${2:-20000}
PORT=${PORT:-18080}
POOL=${POOL:-8}
THREADS=${THREADS:-64}
cd "$(dirname "$0")/.."

# shellcheck source=benchmarks/submission-service.sh
. benchmarks/submission-service.sh

echo "building registration-core ..." >&2
CP_FILE=$(mktemp /tmp/submission-bench-cp.XXXXXX)
build_service . "$CP_FILE"
PG_JAR=$(postgres_jar "$CP_FILE")

DATA_DIR=$(mktemp -d /tmp/submission-bench.XXXXXX)
echo "starting the service on port $PORT with DATA_DIR=$DATA_DIR (pool $POOL, Tomcat threads $THREADS) ..." >&2
# shellcheck disable=SC2086 # SERVICE_ARGS is a list of settings
start_service . "$CP_FILE" "$DATA_DIR" "$PORT" --examcommit.database.max-pool-size="$POOL" \
  --server.tomcat.threads.max="$THREADS" ${SERVICE_ARGS:-}
cleanup() {
  kill "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  rm -f "$CP_FILE"
  if [ "${KEEP_DATA:-0}" != "1" ]; then rm -rf "$DATA_DIR"; fi
}
trap cleanup EXIT
await_service "$PORT" "$SERVICE_PID" "$DATA_DIR"
PG_PORT=$(postgres_port "$DATA_DIR")
POSTMASTER_PID=$(postmaster_pid "$DATA_DIR")
echo "service up; PostgreSQL on port $PG_PORT; $(nproc) cores" >&2

# all cores' ticks from /proc/stat: user,nice,system,idle,iowait,irq,softirq,steal
machine_ticks() {
  awk '/^cpu / { print "cpu", $2 "," $3 "," $4 "," $5 "," $6 "," $7 "," $8 "," $9 }' /proc/stat
}

if [ "${DRIVER:-java}" = "wrk" ]; then
  # wrk (C, from Debian's wrk package) costs far less CPU per request than the Java driver, so more of the
  # two cores go to the service and PostgreSQL. Warm-up still runs through the Java driver.
  command -v wrk >/dev/null || { echo "DRIVER=wrk needs wrk (apt-get install wrk)" >&2; exit 1; }
  TOKENS="$DATA_DIR/tokens.txt"
  java -cp "$PG_JAR" benchmarks/src/main/java/org/examcommit/benchmarks/SubmissionBenchmark.java --base-url "http://localhost:$PORT" \
    --jdbc-url "jdbc:postgresql://localhost:$PG_PORT/postgres" --concurrency "$CONCURRENCY" --count "$COUNT" \
    --tokens-out "$TOKENS" ${WARMUP:+--warmup "$WARMUP"}
  WRK_THREADS=${WRK_THREADS:-2}
  echo "measuring: ${WRK_SECONDS:-10} s of submissions (at most $COUNT tokens) with wrk, $WRK_THREADS threads, $CONCURRENCY connections" >&2
  CPU0=$(service_ticks "$SERVICE_PID" "$DATA_DIR")
  read -r _ M0 < <(machine_ticks)
  WRK_OUT=$(wrk -t "$WRK_THREADS" -c "$CONCURRENCY" -d "${WRK_SECONDS:-10}s" --timeout 30s -s benchmarks/submission-wrk.lua \
    "http://localhost:$PORT" -- "$TOKENS" "$WRK_THREADS" | grep '^driver=wrk')
  CPU1=$(service_ticks "$SERVICE_PID" "$DATA_DIR")
  read -r _ M1 < <(machine_ticks)
  echo "$WRK_OUT"
  # CPU per submission (1 tick = 10 ms): what the service and PostgreSQL cost, whatever the machine's speed
  REQUESTS=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$WRK_OUT")
  read -r SU0 SK0 PU0 PK0 <<<"$CPU0"; read -r SU1 SK1 PU1 PK1 <<<"$CPU1"
  awk -v su=$((SU1 - SU0)) -v sk=$((SK1 - SK0)) -v pu=$((PU1 - PU0)) -v pk=$((PK1 - PK0)) -v n="$REQUESTS" \
    'BEGIN { printf "cpu per submission: service=%.3fms (kernel %.3f) postgres=%.3fms (kernel %.3f)\n",
             (su + sk) * 10 / n, sk * 10 / n, (pu + pk) * 10 / n, pk * 10 / n }'
  # A shared virtual machine's cores are not always ours: steal is time the hypervisor gave to others. What
  # the machine spent beside the service and PostgreSQL is mostly wrk and the kernel's network interrupts.
  awk -v a="$M0" -v b="$M1" -v ours=$((SU1 - SU0 + SK1 - SK0 + PU1 - PU0 + PK1 - PK0)) -v n="$REQUESTS" '
    BEGIN { split(a, x, ","); split(b, y, ",");
      t = 0; for (i = 1; i <= 8; i++) t += y[i] - x[i];
      busy = t - (y[4] - x[4]) - (y[5] - x[5]) - (y[8] - x[8]);
      printf "machine during the measurement: busy=%.0f%% idle=%.0f%% steal=%.0f%%, rest (wrk, interrupts)=%.3fms per submission\n",
        100 * busy / t, 100 * (y[4] - x[4] + y[5] - x[5]) / t, 100 * (y[8] - x[8]) / t, (busy - ours) * 10 / n }'
  curl -s "http://localhost:$PORT/api/exams" >/dev/null
else
  java -cp "$PG_JAR" benchmarks/src/main/java/org/examcommit/benchmarks/SubmissionBenchmark.java --base-url "http://localhost:$PORT" \
    --jdbc-url "jdbc:postgresql://localhost:$PG_PORT/postgres" --concurrency "$CONCURRENCY" --count "$COUNT" \
    --max-seconds "${MAX_SECONDS:-120}" --service-pid "$SERVICE_PID" --postmaster-pid "$POSTMASTER_PID" ${WARMUP:+--warmup "$WARMUP"}
fi
