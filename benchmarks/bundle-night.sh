# Sourced by import-benchmark.sh, night-benchmark.sh and duckdb-side-by-side.sh (not run on its own): the
# build of the benchmarks with the bundle generator, and the memory sampler of a night.

# Builds the benchmarks and the generator (schedules) and sets CP to the benchmarks' runtime class path.
build_benchmarks() {
  echo "Building the benchmarks and the generator..." >&2
  ./mvnw -B -q -pl benchmarks,schedules -am test-compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/runtime.classpath >&2
  CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/runtime.classpath")"
}

# peak_pss ROOT_PID DATA_DIR FILE: every 2 s until killed, writes to FILE the peak memory in MiB of the process
# tree of ROOT_PID and of the embedded PostgreSQL of DATA_DIR (which runs detached, found by its data directory),
# as proportional set size (PSS, /proc/PID/smaps_rollup): PostgreSQL's shared buffers count once, not once per
# backend. A process that ends between the listing and the reading fails its read: || true keeps set -e from
# ending the sampler.
peak_pss() {
  local root=$1 data=$2 file=$3 peak=0 now pids
  while sleep 2; do
    pids=$(ps -eo pid=,ppid=,args= | awk -v root="$root" -v data="$data" '
      { pid[NR]=$1; parent[$1]=$2; if ($1 == root || index($0, data) > 0) top[$1]=1 }
      END { for (i in pid) { q=pid[i]; while (q > 1) { if (q in top) { print pid[i]; break } q=parent[q] } } }') || true
    now=$(for p in $pids; do awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null; done \
      | awk '{s+=$1} END {print int(s/1024)}') || true
    if [ "${now:-0}" -gt "$peak" ]; then peak=$now; echo "$peak" >"$file"; fi
  done
}
