#!/usr/bin/env bash
# Times the nightly verification alone: loads N applications (default 1,000,000) with their authority data
# into a fresh embedded PostgreSQL under a temporary directory, then runs NightlyVerification.verify once
# and prints applications/s. Usage: benchmarks/verification-benchmark.sh [N]
set -euo pipefail
N="${1:-1000000}"
cd "$(dirname "$0")/.."
CP_FILE=batch-jobs/target/verification-benchmark.classpath
./mvnw -B -q -pl batch-jobs -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$(pwd)/$CP_FILE" >&2
CP="batch-jobs/target/test-classes:batch-jobs/target/classes:registration-core/target/test-classes:registration-core/target/classes:$(cat "$CP_FILE")"
exec java -Xmx4g -cp "$CP" org.examcommit.batch.verification.VerificationBenchmark "$N"
