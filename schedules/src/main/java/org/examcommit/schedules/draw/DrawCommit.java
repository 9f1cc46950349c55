package org.examcommit.schedules.draw;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.examcommit.contract.draw.Hex;
import org.examcommit.contract.draw.Member;
import org.examcommit.contract.draw.PopulationHash;
import org.examcommit.contract.draw.SampleSize;
import org.examcommit.contract.draw.Seeds;
import org.examcommit.contract.draw.Utf8Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The draw's commitment (DATA-CONTRACT §4 steps 1, 2, 6), when the night's analytics start: for each
 * exam and exam year with applications that the run date's verification routed EXEMPT, and no draw of
 * that date yet, a fresh 32-byte seed from {@link SecureRandom}, its SHA-256, the population (kept in
 * {@code draw_population}) and its canonical hash, in one transaction. A draw already committed for
 * the date is kept as it is: a re-run, a retry or a night killed before the reveal never re-rolls it.
 */
@Component
@EnableConfigurationProperties(DrawProperties.class)
public class DrawCommit {

    private static final Logger log = LoggerFactory.getLogger(DrawCommit.class);

    /** The night's exempt applications of one exam and year, in the canonical order of §4 step 1. */
    static final String POPULATION = """
            SELECT a.province_code, a.application_id
            FROM verification_results v JOIN applications a ON a.application_id = v.application_id
            WHERE v.run_date = ? AND v.route = 'EXEMPT' AND a.exam_code = ? AND a.exam_year = ?
            ORDER BY a.province_code COLLATE "C", a.application_id COLLATE "C"
            """;

    private static final String UNCOMMITTED_EXAMS = """
            SELECT DISTINCT a.exam_code, a.exam_year
            FROM verification_results v JOIN applications a ON a.application_id = v.application_id
            WHERE v.run_date = :runDate AND v.route = 'EXEMPT'
              AND NOT EXISTS (SELECT 1 FROM sample_draws s
                              WHERE s.run_date = :runDate AND s.exam_code = a.exam_code AND s.exam_year = a.exam_year)
            ORDER BY a.exam_code, a.exam_year
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final DrawProperties properties;
    private final DrawOutputs outputs;
    private final SecureRandom random = new SecureRandom();

    DrawCommit(
            JdbcClient jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            DrawProperties properties,
            DrawOutputs outputs) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        // the hash and the kept population must be the same rows: one snapshot for both reads
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.properties = properties;
        this.outputs = outputs;
    }

    /** An exam and year to draw from. */
    record Exam(String examCode, int examYear) {}

    /** Commits the date's missing draws; returns the counts (committed now, kept from before). */
    public String commit(LocalDate runDate) {
        List<Exam> exams = jdbc.sql(UNCOMMITTED_EXAMS)
                .param("runDate", runDate)
                .query((rs, i) -> new Exam(rs.getString(1), rs.getInt(2)))
                .list();
        for (Exam exam : exams) {
            transaction.execute(status -> commitOne(runDate, exam));
        }
        // written from what is committed, also when everything was committed by a night killed before this
        outputs.writeSampleDraws(runDate);
        outputs.writePopulation(runDate);
        int all = jdbc.sql("SELECT count(*) FROM sample_draws WHERE run_date = :runDate")
                .param("runDate", runDate)
                .query(Integer.class)
                .single();
        // one line whatever was committed: a crash point that every night passes (CrashPointsIT)
        log.info("Draws of {}: {} committed now, {} kept", runDate, exams.size(), all - exams.size());
        return "draws committed " + exams.size() + ", kept " + (all - exams.size());
    }

    /** {@code <yyyyMMdd>-<exam_code>-<exam_year>}: one draw per exam, exam year and run date. */
    static String drawId(LocalDate runDate, Exam exam) {
        return runDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + exam.examCode() + "-" + exam.examYear();
    }

    private String commitOne(LocalDate runDate, Exam exam) {
        String drawId = drawId(runDate, exam);
        BigDecimal ratio = properties.ratio(exam.examCode());
        byte[] seed = Seeds.generate(random);
        PopulationHash hash = new PopulationHash();
        Map<String, Long> strata = new TreeMap<>(Utf8Order.INSTANCE);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement ps = connection.prepareStatement(POPULATION)) {
            ps.setFetchSize(10_000);
            ps.setObject(1, runDate);
            ps.setString(2, exam.examCode());
            ps.setInt(3, exam.examYear());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Member member = new Member(rs.getString(1), rs.getString(2));
                    hash.add(member);
                    strata.merge(member.provinceCode(), 1L, Long::sum);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the population of " + drawId + ": " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        long sampleSize =
                strata.values().stream().mapToLong(n -> SampleSize.of(ratio, n)).sum();
        jdbc.sql("""
                        INSERT INTO sample_draws (draw_id, run_date, exam_code, exam_year, ratio, seed_sha256,
                                                  population_sha256, seed, committed_at, revealed_at, population_size, sample_size)
                        VALUES (:drawId, :runDate, :examCode, :examYear, :ratio, :seedSha256, :populationSha256, NULL,
                                date_trunc('milliseconds', clock_timestamp()), NULL, :populationSize, :sampleSize)""")
                .param("drawId", drawId)
                .param("runDate", runDate)
                .param("examCode", exam.examCode())
                .param("examYear", exam.examYear())
                .param("ratio", ratio)
                .param("seedSha256", Seeds.sha256(seed))
                .param("populationSha256", hash.sha256())
                .param("populationSize", hash.size())
                .param("sampleSize", sampleSize)
                .update();
        jdbc.sql("INSERT INTO draw_seeds (draw_id, seed) VALUES (:drawId, :seed)")
                .param("drawId", drawId)
                .param("seed", Hex.of(seed))
                .update();
        jdbc.sql("INSERT INTO draw_population (draw_id, province_code, application_id) SELECT ?, p.* FROM ("
                        + POPULATION + ") p")
                .params(drawId, runDate, exam.examCode(), exam.examYear())
                .update();
        return drawId;
    }
}
