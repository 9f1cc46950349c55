#!/usr/bin/env bash
# Compares the submission cost of two versions of registration-core on this machine (not a test).
#
#   benchmarks/submission-ab.sh <old-rev> [new-rev, default: the working tree] [bursts=10] [seconds=3]
#
# This machine's speed swings by up to a third from one minute to the next, more than most changes
# weigh, so two benchmark runs one after the other do not compare two versions. Here both services run
# side by side, each on its own embedded PostgreSQL under /tmp, seeded and warmed up alike; short wrk
# bursts then alternate between them (old-new, new-old, ...), so a swing falls on both alike. Each burst
# prints submissions/s and the CPU per submission of that service and its PostgreSQL; the end prints the
# means and in how many adjacent pairs the new version cost less.
set -euo pipefail
OLD_REV=${1:?usage: benchmarks/submission-ab.sh <old-rev> [new-rev] [bursts] [seconds]}
NEW_REV=${2:-}
BURSTS=${3:-10}
SECONDS_PER_BURST=${4:-3}
PER_BURST=$((SECONDS_PER_BURST * 3000)) # tokens a burst may use: each is used once
SETTINGS=${SETTINGS:---examcommit.database.max-pool-size=8 --server.tomcat.threads.max=64}
REPO=$(cd "$(dirname "$0")/.." && pwd)
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/submission-ab.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 1; done; done
  git -C "$REPO" worktree remove --force "$WORK/old" 2>/dev/null || true
  git -C "$REPO" worktree remove --force "$WORK/new" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

git -C "$REPO" worktree add -q --detach "$WORK/old" "$OLD_REV"
if [ -n "$NEW_REV" ]; then git -C "$REPO" worktree add -q --detach "$WORK/new" "$NEW_REV"; NEW_DIR=$WORK/new; else NEW_DIR=$REPO; fi

# shellcheck source=benchmarks/submission-service.sh
. "$REPO/benchmarks/submission-service.sh"

# builds and starts one side's service: <name> <source dir> <port>
start() {
  local name=$1 dir=$2 port=$3
  echo "building and starting $name ($dir) on port $port ..." >&2
  build_service "$dir" "$WORK/$name.cp"
  mkdir -p "$WORK/$name.data"
  # shellcheck disable=SC2086 # SETTINGS is a list of settings
  start_service "$dir" "$WORK/$name.cp" "$WORK/$name.data" "$port" $SETTINGS
  PIDS+=("$SERVICE_PID")
  echo "$SERVICE_PID" >"$WORK/$name.pid"
}
start old "$WORK/old" 18081
start new "$NEW_DIR" 18082
await_service 18081 "$(cat "$WORK/old.pid")" "$WORK/old.data"
await_service 18082 "$(cat "$WORK/new.pid")" "$WORK/new.data"

PG_JAR=$(postgres_jar "$WORK/new.cp")
for side in old:18081 new:18082; do
  name=${side%%:*}
  echo "seeding and warming up $name ..." >&2
  java -cp "$PG_JAR" "$REPO/benchmarks/src/main/java/org/examcommit/benchmarks/SubmissionBenchmark.java" --base-url "http://localhost:${side#*:}" \
    --jdbc-url "jdbc:postgresql://localhost:$(postgres_port "$WORK/$name.data")/postgres" \
    --concurrency 16 --count $((BURSTS * PER_BURST)) --warmup 15000 --tokens-out "$WORK/$name.tokens" >/dev/null
  split -l "$PER_BURST" -d -a 3 "$WORK/$name.tokens" "$WORK/$name.tokens."
done

# user and kernel ticks (10 ms) of a side's service, postmaster and backends, summed
ticks() {
  service_ticks "$(cat "$WORK/$1.pid")" "$WORK/$1.data" | awk '{print $1 + $2 + $3 + $4}'
}

burst() {
  local name=$1 port=$2 index=$3 t0 t1 out
  t0=$(ticks "$name")
  out=$(wrk -t 1 -c 16 -d "${SECONDS_PER_BURST}s" --timeout 30s -s "$REPO/benchmarks/submission-wrk.lua" \
    "http://localhost:$port" -- "$WORK/$name.tokens.$(printf %03d "$index")" 1 | grep '^driver=wrk')
  t1=$(ticks "$name")
  sed -E 's/.*requests=([0-9]+) non2xx=([0-9]+).*throughput=([0-9]+).*p99=([0-9.]+ms).*/\1 \2 \3 \4/' <<<"$out" |
    awk -v name="$name" -v ticks=$((t1 - t0)) \
      '{ printf "%s %s submissions/s p99=%s non2xx=%s cpu=%.3fms\n", name, $3, $4, $2, ticks * 10 / $1 }'
}

echo "alternating $BURSTS bursts of ${SECONDS_PER_BURST} s per side (16 connections)" >&2
for i in $(seq 0 $((BURSTS - 1))); do
  if [ $((i % 2)) = 0 ]; then burst old 18081 "$i"; burst new 18082 "$i"; else burst new 18082 "$i"; burst old 18081 "$i"; fi
done | tee "$WORK/bursts.txt"
awk '{ sub("cpu=", "", $6); sub("ms", "", $6); cpu[$1] += $6; rate[$1] += $2; n[$1]++; last[$1] = $6
       if (n["old"] == n["new"]) { pairs++; if (last["new"] < last["old"]) cheaper++ } }
     END { for (k in n) printf "%s: mean %.0f submissions/s, %.3f ms CPU per submission (service and PostgreSQL), %d bursts\n",
             k, rate[k] / n[k], cpu[k] / n[k], n[k]
           printf "new cost less CPU per submission in %d of %d adjacent pairs\n", cheaper, pairs }' "$WORK/bursts.txt"
