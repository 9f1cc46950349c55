# Sourced by submission-benchmark.sh and submission-ab.sh (not run on its own): builds registration-core
# from a source tree, starts it on a fresh embedded PostgreSQL, and reads the CPU the service and its
# PostgreSQL have used.

# JVM options of the service: on 2 cores the serial collector with a large young generation costs least per
# submission
SERVICE_JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g -Xmn600m -XX:+UseSerialGC}

# Compiles registration-core in <source dir> and writes its runtime classpath to <classpath file>.
build_service() {
  local dir=$1 cp_file=$2
  (cd "$dir" && ./mvnw -B -q -pl registration-core -am compile >/dev/null)
  (cd "$dir" && ./mvnw -B -q -pl registration-core org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null)
}

# The PostgreSQL driver jar from a classpath file, for the seeding driver.
postgres_jar() {
  tr ':' '\n' <"$1" | grep '/org/postgresql/postgresql/' | head -1
}

# Starts the service in the background: <source dir> <classpath file> <data dir> <port> [settings ...].
# Sets SERVICE_PID; the log goes to <data dir>/service.log.
start_service() {
  local dir=$1 cp_file=$2 data=$3 port=$4
  shift 4
  # shellcheck disable=SC2086 # SERVICE_JAVA_OPTS is a list of options
  DATA_DIR="$data" PORT="$port" java $SERVICE_JAVA_OPTS \
    -cp "$dir/registration-core/target/classes:$(cat "$cp_file")" org.examcommit.registration.RegistrationApplication \
    --logging.level.root=WARN "$@" >"$data/service.log" 2>&1 &
  SERVICE_PID=$!
}

# Waits until the service on <port> (process <pid>, data dir <data>) answers; prints its log and fails if it died.
await_service() {
  local port=$1 pid=$2 data=$3
  for _ in $(seq 1 180); do
    if curl -sf "http://localhost:$port/api/exams" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 1
  done
  tail -n 40 "$data/service.log" >&2
  return 1
}

# The port and the postmaster's pid of the embedded PostgreSQL under <data dir>.
postgres_port() { sed -n 4p "$1/postgres/postmaster.pid"; }
postmaster_pid() { sed -n 1p "$1/postgres/postmaster.pid"; }

# User and kernel ticks (10 ms) of the service <pid> and of the postmaster with its backends under <data dir>:
# "service_user service_kernel postgres_user postgres_kernel".
service_ticks() {
  local service=$1 data=$2 postmaster pg_user=0 pg_sys=0 pid u k
  postmaster=$(postmaster_pid "$data")
  for pid in "$postmaster" $(ps -o pid= --ppid "$postmaster"); do
    read -r u k < <(awk '{print $14, $15}' "/proc/$pid/stat" 2>/dev/null || echo 0 0)
    pg_user=$((pg_user + u)); pg_sys=$((pg_sys + k))
  done
  echo "$(awk '{print $14, $15}' "/proc/$service/stat") $pg_user $pg_sys"
}
