package org.examcommit.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.examcommit.batch.verification.ApplicationFactsReader;
import org.examcommit.batch.verification.NightlyVerification;
import org.examcommit.batch.verification.VerificationReport;
import org.examcommit.batch.verification.checks.ApplicationFacts;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Not a test: loads N applications with their authority data into a fresh embedded PostgreSQL straight with
 * SQL (generate_series), then times {@link NightlyVerification#verify} alone. Run it through
 * benchmarks/verification-benchmark.sh.
 */
public final class VerificationBenchmark {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 7, 1);

    /**
     * The mix per candidate: 1 or 2 education rows (a degree on most), 2 social-work jobs (one open), 2
     * insured spans (about a hundred months), an identity record for 98%, a few mismatches and archive rows.
     */
    private static final String[] LOAD = {
        """
        INSERT INTO candidates (candidate_id, id_number, name, phone, registered_at, source)
        SELECT 'C' || lpad(i::text, 8, '0'), '11' || lpad(i::text, 15, '0') || 'X', '张' || (i % 97), '13' || lpad(i::text, 9, '0'),
               now(), 'BUNDLE'
          FROM generate_series(1, :n) i
        """, """
        INSERT INTO identity_registry (id_number, name, snapshot_date)
        SELECT '11' || lpad(i::text, 15, '0') || 'X', CASE WHEN i % 50 = 7 THEN '李' ELSE '张' END || (i % 97), '2026-06-01'
          FROM generate_series(1, :n) i WHERE i % 50 <> 3
        """, """
        INSERT INTO education (candidate_id, seq, level, school, major, graduation_date, certificate_no, degree,
                               degree_certificate_no, name_on_certificate)
        SELECT 'C' || lpad(i::text, 8, '0'), s, CASE s WHEN 1 THEN 'BACHELOR' ELSE 'MASTER' END, '北京大学',
               CASE WHEN i % 3 = 0 THEN '法学' ELSE '社会工作' END, make_date(2010 + s * 2, 7, 1),
               lpad((i * 2 + s)::text, 12, '0'), CASE WHEN i % 10 = 4 THEN NULL ELSE CASE s WHEN 1 THEN 'BACHELOR' ELSE 'MASTER' END END,
               'D' || lpad((i * 2 + s)::text, 12, '0'), CASE WHEN i % 40 = 5 THEN '张小' ELSE '张' END || (i % 97)
          FROM generate_series(1, :n) i, generate_series(1, 2) s
         WHERE s = 1 OR i % 4 = 1
        """, """
        INSERT INTO education_registry (certificate_no, id_number, name, school, major, level, graduation_date, snapshot_date)
        SELECT e.certificate_no, c.id_number, e.name_on_certificate,
               CASE WHEN hashtext(e.certificate_no) % 25 = 0 THEN '清华大学' ELSE e.school END, e.major, e.level,
               e.graduation_date, '2026-06-01'
          FROM education e JOIN candidates c USING (candidate_id)
         WHERE hashtext(e.certificate_no) % 20 <> 1
        """, """
        INSERT INTO degree_registry (certificate_no, id_number, name, degree, school, major, awarded_date, snapshot_date)
        SELECT e.degree_certificate_no, c.id_number, e.name_on_certificate, e.degree, e.school, e.major, e.graduation_date,
               '2026-06-01'
          FROM education e JOIN candidates c USING (candidate_id)
         WHERE e.degree IS NOT NULL AND hashtext(e.degree_certificate_no) % 20 <> 2
        """, """
        INSERT INTO work_experience (candidate_id, seq, employer_name, employer_credit_code, start_date, end_date, social_work)
        SELECT 'C' || lpad(i::text, 8, '0'), s, '社区服务中心', '9111' || lpad((i % 5000)::text, 14, '0'),
               CASE s WHEN 1 THEN make_date(2014 + i % 4, 1 + i % 12, 1) ELSE make_date(2021, 1 + i % 12, 1) END,
               CASE s WHEN 1 THEN make_date(2020, 12, 31) ELSE NULL END, true
          FROM generate_series(1, :n) i, generate_series(1, 2) s
        """, """
        INSERT INTO social_insurance_spans (id_number, employer_credit_code, first_month, last_month, snapshot_date)
        SELECT '11' || lpad(i::text, 15, '0') || 'X', '9111' || lpad((i % 5000)::text, 14, '0'),
               CASE s WHEN 1 THEN make_date(2014 + i % 4, 1 + i % 12, 1) ELSE make_date(2021, 1 + i % 12, 1) END,
               CASE s WHEN 1 THEN make_date(2020, 12, 1) ELSE CASE WHEN i % 9 = 0 THEN date '2026-03-01' ELSE date '2026-06-01' END END,
               '2026-07-01'
          FROM generate_series(1, :n) i, generate_series(1, 2) s
        """, """
        INSERT INTO integrity_archive (id_number, exam_code, violation, decided_on, recorded_until, snapshot_date)
        SELECT '11' || lpad(i::text, 15, '0') || 'X', 'CPA', CASE WHEN i % 3 = 0 THEN 'FALSE_COMMITMENT' ELSE 'SERIOUS' END,
               date '2019-05-01', CASE WHEN i % 2 = 0 THEN date '2024-05-01' ELSE date '2029-05-01' END, '2026-06-01'
          FROM generate_series(1, :n) i WHERE i % 100 = 11
        """, """
        INSERT INTO applications (application_id, candidate_id, exam_code, exam_year, level, province_code, commitment,
                                  committed_at, submitted_at, source, import_run_date)
        SELECT 'A' || lpad(i::text, 8, '0'), 'C' || lpad(i::text, 8, '0'), 'SW', 2026,
               CASE WHEN i % 2 = 0 THEN 'INTERMEDIATE' ELSE 'ASSISTANT' END, '11',
               CASE WHEN i % 20 = 0 THEN 'NOT_CHOSEN' ELSE 'COMMITTED' END, now(), now(), 'BUNDLE', :runDate
          FROM generate_series(1, :n) i
        """, """
        INSERT INTO authority_snapshots (source, snapshot_date, bundle, row_count, last_month)
        VALUES ('social_insurance', '2026-07-01', 'benchmark', 0, '2026-06-01')
        ON CONFLICT (source) DO UPDATE SET last_month = EXCLUDED.last_month
        """,
    };

    private VerificationBenchmark() {}

    /** The diagnostics read the night's query without the job: they queue every application themselves. */
    private static void queueAll(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO verification_queue SELECT :d, application_id FROM applications")
                .param("d", RUN_DATE)
                .update();
        jdbc.sql("ANALYZE verification_queue").update();
    }

    private static void unqueue(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM verification_queue").update();
    }

    /** Diagnostic (-DreadOnly=true): the reader's query and row mapping alone, with their CPU. */
    private static void readOnly(ConfigurableApplicationContext context, Path dataDir) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        queueAll(jdbc);
        long[] before = CpuTicks.javaAndPostgres(dataDir);
        long start = System.nanoTime();
        JdbcCursorItemReader<ApplicationFacts> reader =
                ApplicationFactsReader.create(context.getBean(DataSource.class), RUN_DATE, 2000, 0, 1);
        reader.open(new ExecutionContext());
        long rows = 0;
        while (reader.read() != null) {
            rows++;
        }
        reader.close();
        long[] after = CpuTicks.javaAndPostgres(dataDir);
        System.out.printf(
                "  reader alone: %,d rows in %.1f s; CPU java %.1f s, postgres %.1f s%n",
                rows,
                (System.nanoTime() - start) / 1e9,
                (after[0] - before[0]) / 100.0,
                (after[1] - before[1]) / 100.0);
        unqueue(jdbc);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path dataDir = Files.createTempDirectory("verification-benchmark");
        SpringApplication app = new SpringApplication(BenchmarkApplication.class);
        // command-line arguments outrank application.yml's ${DATA_DIR:./data}: the database is a fresh one
        try (ConfigurableApplicationContext context = app.run(
                "--server.port=0",
                "--examcommit.database.data-dir=" + dataDir,
                "--examcommit.output-root=" + dataDir.resolve("output"),
                "--logging.level.org.springframework.batch=WARN")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long loadStart = System.nanoTime();
            for (String sql : LOAD) {
                jdbc.sql(sql).param("n", n).param("runDate", RUN_DATE).update();
            }
            jdbc.sql("VACUUM ANALYZE").update();
            // the load's dirty pages are written now, not by a checkpoint that lands somewhere inside the timed run
            jdbc.sql("CHECKPOINT").update();
            double load = (System.nanoTime() - loadStart) / 1e9;
            System.err.printf("loaded %,d applications with their authority data in %.1f s%n", n, load);

            if (Boolean.getBoolean("explain")) {
                queueAll(jdbc);
                jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) "
                                + ApplicationFactsReader.SQL
                                        .replaceFirst("\\?", "'" + RUN_DATE + "'")
                                        .replaceFirst("\\?", "1")
                                        .replaceFirst("\\?", "0"))
                        .query(String.class)
                        .list()
                        .forEach(System.err::println);
                unqueue(jdbc);
            }
            if (Boolean.getBoolean("readOnly")) {
                readOnly(context, dataDir);
            }
            long[] cpuBefore = CpuTicks.javaAndPostgres(dataDir);
            long start = System.nanoTime();
            VerificationReport report =
                    context.getBean(NightlyVerification.class).verify(RUN_DATE, true);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "verified %,d applications (%,d exempt, %,d onsite, %,d skipped) in %.1f s: %,.0f applications/s%n",
                    report.verified(),
                    report.exempt(),
                    report.onsite(),
                    report.skipped(),
                    seconds,
                    report.verified() / seconds);
            long[] cpuAfter = CpuTicks.javaAndPostgres(dataDir);
            double javaCpu = (cpuAfter[0] - cpuBefore[0]) / 100.0;
            double postgresCpu = (cpuAfter[1] - cpuBefore[1]) / 100.0;
            System.out.printf(
                    "  CPU used: java %.1f s, postgres %.1f s; %,.0f applications per CPU-second"
                            + " (the machine's load average meanwhile: %s)%n",
                    javaCpu, postgresCpu, report.verified() / (javaCpu + postgresCpu), CpuTicks.loadAverage());
            jdbc.sql("""
                    SELECT step_name, extract(epoch FROM end_time - start_time) AS seconds, write_count
                      FROM batch_step_execution ORDER BY step_execution_id
                    """)
                    .query((rs, i) -> String.format(
                            "  step %s: %.1f s, %,d written", rs.getString(1), rs.getDouble(2), rs.getLong(3)))
                    .list()
                    .forEach(System.out::println);
            if (Boolean.getBoolean("hold")) {
                // diagnostic: keeps the loaded database up for psql until the process is killed
                System.out.println("holding the database: "
                        + jdbc.sql("SELECT 'psql -h localhost -p ' || current_setting('port')"
                                        + " || ' -U postgres postgres'")
                                .query(String.class)
                                .single());
                Thread.sleep(Long.MAX_VALUE);
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
