package org.examcommit.benchmarks;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.PGConnection;

/**
 * Drives POST /api/applications of a running registration service at a fixed concurrency and prints
 * submissions per second and latency percentiles. Not a test: benchmarks/submission-benchmark.sh builds,
 * starts the service on a fresh database and runs this with the PostgreSQL JDBC driver on the class path.
 *
 * <p>Candidates and their bearer tokens are seeded with COPY straight into the database (a BCrypt log-in
 * per candidate would measure the password hash, not the submission); every submission is a new
 * candidate's first application, with the four-item commitment, spread over the 34 provinces.
 */
public class SubmissionBenchmark {

    static final List<String> PROVINCES = List.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = a.getOrDefault("base-url", "http://localhost:18080");
        if (!URI.create(base).getHost().equals("localhost")
                && !URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("The benchmark drives localhost only");
        }
        int concurrency = Integer.parseInt(a.getOrDefault("concurrency", "32"));
        int count = Integer.parseInt(a.getOrDefault("count", "20000"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", String.valueOf(Math.min(count, 15000))));
        int maxSeconds = Integer.parseInt(a.getOrDefault("max-seconds", "120"));
        String tag = Long.toString(System.currentTimeMillis() % 100000);

        List<String> tokens = seed(a.get("jdbc-url"), a.getOrDefault("jdbc-user", "postgres"), warmup + count, tag);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        System.err.printf("warm-up: %d submissions at concurrency %d%n", warmup, concurrency);
        run(http, base, tokens.subList(0, warmup), concurrency, maxSeconds);
        if (a.containsKey("tokens-out")) {
            // Another driver (wrk) measures: hand it the measurement's tokens, one per line.
            java.nio.file.Files.write(
                    java.nio.file.Path.of(a.get("tokens-out")), tokens.subList(warmup, warmup + count));
            return;
        }
        System.err.printf("measuring: %d submissions at concurrency %d%n", count, concurrency);
        long servicePid = Long.parseLong(a.getOrDefault("service-pid", "0"));
        long postmasterPid = Long.parseLong(a.getOrDefault("postmaster-pid", "0"));
        long[] cpu0 = cpuTicks(servicePid, postmasterPid);
        long driver0 = driverCpuNanos();
        Result r = run(http, base, tokens.subList(warmup, warmup + count), concurrency, maxSeconds);
        long[] cpu1 = cpuTicks(servicePid, postmasterPid);
        long driver1 = driverCpuNanos();

        long[] lat = Arrays.copyOf(r.latenciesNanos, r.done);
        Arrays.sort(lat);
        System.out.printf(
                "concurrency=%d submissions=%d errors=%d elapsed=%.2fs throughput=%.0f submissions/s "
                        + "p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
                concurrency,
                r.done,
                r.errors,
                r.seconds,
                (r.done - r.errors) / r.seconds,
                ms(lat, 0.50),
                ms(lat, 0.90),
                ms(lat, 0.99),
                ms(lat, 1.0));
        if (servicePid > 0 && r.done > 0) {
            // CPU spent per submission, whatever else runs on the machine: 1 tick = 10 ms (USER_HZ 100)
            double service = (cpu1[0] - cpu0[0]) * 10.0 / r.done;
            double postgres = (cpu1[1] - cpu0[1]) * 10.0 / r.done;
            double driver = (driver1 - driver0) / 1e6 / r.done;
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(
                    "cpu per submission: service=%.3fms postgres=%.3fms driver=%.3fms; "
                            + "%d dedicated cores would sustain about %.0f submissions/s (service + postgres + driver)%n",
                    service, postgres, driver, cores, cores * 1000.0 / (service + postgres + driver));
        }
        if (r.firstError.get() != null) {
            System.out.println("first error: " + r.firstError.get());
        }
    }

    /** utime+stime ticks of the service JVM, and of the postmaster with its backends. */
    static long[] cpuTicks(long servicePid, long postmasterPid) throws java.io.IOException {
        if (servicePid <= 0) {
            return new long[2];
        }
        long service = ticks(java.nio.file.Path.of("/proc/" + servicePid + "/stat"));
        long postgres = 0;
        try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (var dir : procs.filter(d -> d.getFileName().toString().matches("\\d+"))
                    .toList()) {
                String[] f = stat(dir.resolve("stat"));
                if (f != null
                        && (dir.getFileName().toString().equals(Long.toString(postmasterPid))
                                || f[1].equals(Long.toString(postmasterPid)))) {
                    postgres += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        }
        return new long[] {service, postgres};
    }

    static long ticks(java.nio.file.Path stat) {
        String[] f = stat(stat);
        return f == null ? 0 : Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** The fields of /proc/PID/stat after the command name: [0]=state, [1]=ppid, [11]=utime, [12]=stime. */
    static String[] stat(java.nio.file.Path stat) {
        try {
            String s = java.nio.file.Files.readString(stat);
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    static long driverCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    record Result(int done, int errors, double seconds, long[] latenciesNanos, AtomicReference<String> firstError) {}

    static Result run(HttpClient http, String base, List<String> tokens, int concurrency, int maxSeconds)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] latencies = new long[tokens.size()];
        long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
        URI uri = URI.create(base + "/api/applications");
        Thread[] threads = new Thread[concurrency];
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            threads[t] = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < tokens.size() && System.nanoTime() < deadline) {
                    String body = """
                            {"examCode":"BENCH","examYear":2099,"level":"ASSISTANT","provinceCode":"%s",
                             "commitment":{"chosen":true,"textVersion":"2027.1","items":{"knowsNotice":true,
                             "meetsConditions":true,"informationTrue":true,"acceptsVerification":true}}}
                            """.formatted(PROVINCES.get(i % PROVINCES.size()));
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + tokens.get(i))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = Math.min(next.get(), tokens.size());
        return new Result(done, errors.get(), seconds, latencies, firstError);
    }

    /** Seeds the exam BENCH (open now in every province) and n candidates with tokens; returns the tokens. */
    static List<String> seed(String jdbcUrl, String user, int n, String tag) throws Exception {
        String[] tokens = new String[n];
        StringBuilder candidates = new StringBuilder();
        StringBuilder tokenRows = new StringBuilder();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        LocalDate base = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < n; i++) {
            String first17 =
                    "110101" + base.plusDays(i / 1000).toString().replace("-", "") + String.format("%03d", i % 1000);
            String id = "BC" + tag + "-" + i;
            candidates
                    .append(id)
                    .append('\t')
                    .append(first17)
                    .append(check(first17))
                    .append("\tBench Candidate\t")
                    .append(String.format("13%09d", i))
                    .append("\tAPI\tnot-a-login\n");
            tokens[i] = "bench-" + tag + "-" + i;
            tokenRows
                    .append(HexFormat.of().formatHex(sha.digest(tokens[i].getBytes(StandardCharsets.UTF_8))))
                    .append('\t')
                    .append(id)
                    .append("\tCANDIDATE\n");
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "")) {
            try (Statement s = c.createStatement()) {
                s.execute(
                        "INSERT INTO exams (exam_code, name) VALUES ('BENCH', 'Benchmark exam') ON CONFLICT DO NOTHING");
                s.execute(
                        "INSERT INTO exam_levels (exam_code, level, name) VALUES ('BENCH', 'ASSISTANT', 'Assistant') ON CONFLICT DO NOTHING");
                for (String p : PROVINCES) {
                    s.execute("""
                            INSERT INTO exam_windows VALUES ('BENCH', 2099, '%s', now() - interval '1 hour', now() + interval '1 day',
                                now() + interval '2 days', now() + interval '3 days', DATE '2099-06-01', DATE '2099-06-02')
                            ON CONFLICT DO NOTHING
                            """.formatted(p));
                }
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "COPY candidates (candidate_id, id_number, name, phone, source, password_hash, registered_at) "
                            + "FROM STDIN WITH (FORMAT text)",
                    new StringReader(candidates.toString().replace("\n", "\t" + "2026-01-01T00:00:00Z\n")));
            copy.copyIn(
                    "COPY auth_tokens (token_sha256, principal, role, expires_at) FROM STDIN WITH (FORMAT text)",
                    new StringReader(tokenRows.toString().replace("\n", "\t2099-01-01T00:00:00Z\n")));
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE candidates");
                s.execute("ANALYZE auth_tokens");
            }
        }
        System.err.printf("seeded %d candidates with tokens%n", n);
        return List.of(tokens);
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(i, 0)] / 1e6;
    }
}
