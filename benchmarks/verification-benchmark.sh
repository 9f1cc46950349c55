#!/usr/bin/env bash
# Times the nightly verification alone: loads N applications (default 1,000,000) with their authority data
# (SQL generate_series: 1-2 education rows, 2 social-work jobs, 2 insured spans of about a hundred months,
# identity records, a few mismatches and archive rows per candidate) into a fresh embedded PostgreSQL in a
# temporary directory, runs NightlyVerification.verify(runDate, bundleOnly=true) once and prints
# applications/s, the CPU used by the JVM and by PostgreSQL, and each step's time.
# Usage: benchmarks/verification-benchmark.sh [N]
# JAVA_OPTS="-DreadOnly=true" also times the reader's query and row mapping alone; "-Dexplain=true" prints
# the reader's query plan, "-Dhold=true" keeps the database up for psql after the run (until killed).
set -euo pipefail
N="${1:-1000000}"
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am test-compile dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile=target/runtime.classpath >&2
CP="benchmarks/target/classes:$(cat benchmarks/target/runtime.classpath)"
# shellcheck disable=SC2086
exec java -Xmx6g ${JAVA_OPTS:-} -cp "$CP" org.examcommit.benchmarks.VerificationBenchmark "$N"
