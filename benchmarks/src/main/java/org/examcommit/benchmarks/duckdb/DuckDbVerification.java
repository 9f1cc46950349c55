package org.examcommit.benchmarks.duckdb;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.examcommit.batch.verification.checks.EligibilityRule;
import org.examcommit.batch.verification.checks.EligibilityRulesCsv;
import org.examcommit.contract.privacy.Masking;

/**
 * The nightly verification of a bundle (DATA-CONTRACT §1 CSVs) computed by DuckDB alone, from
 * {@link DuckDbSql}: an independent implementation to compare the night's results and times with. The load
 * phase reads and cleans the CSVs the verification needs (the import's part); the compute phase derives
 * verification_results for the run date (the verification's part). Runs in an in-memory DuckDB (outside the
 * Java heap) that spills to a temporary directory, deleted on close.
 */
public final class DuckDbVerification implements AutoCloseable {

    /** The datasets read as text tables before cleaning (social_insurance is compacted apart). */
    static final List<String> DATASETS = List.of(
            "candidates",
            "education",
            "work_experience",
            "applications",
            "identity_registry",
            "education_registry",
            "degree_registry",
            "integrity_archive");

    /** -Dduckdb.trace=true prints each statement's time (the first line of its SQL) to stderr. */
    private static final boolean TRACE = Boolean.getBoolean("duckdb.trace");

    private final Path directory;
    private final Map<String, Long> dropped = new java.util.LinkedHashMap<>();
    private final Connection connection;

    /** Opens an empty database in a new temporary directory. */
    public DuckDbVerification() throws IOException, SQLException {
        this.directory = Files.createTempDirectory("duckdb-verification");
        // in memory, spilling to the temporary directory past the memory limit: a database file cost each
        // statement its write and checkpoint
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("SET temp_directory = "
                    + DuckDbSql.literal(directory.resolve("spill").toString()));
            s.execute("SET preserve_insertion_order = true");
            // the night's part ran before, but other work may share the machine: spill rather than take it all
            s.execute("SET memory_limit = " + DuckDbSql.literal(System.getProperty("duckdb.memory", "8GB")));
        }
    }

    /** Reads and cleans the bundle's datasets; returns the seconds it took. */
    public double load(Path bundle) throws SQLException {
        long start = System.nanoTime();
        List<String> statements = new ArrayList<>(DuckDbSql.macros());
        for (String dataset : DATASETS) {
            statements.add(DuckDbSql.raw(dataset, csv(bundle, dataset)));
        }
        statements.addAll(DuckDbSql.clean());
        execute(statements);
        for (String dataset : DATASETS) {
            dropped.put(dataset, count("raw_" + dataset) - count(dataset));
        }
        statements.clear();
        for (String dataset : DATASETS) {
            statements.add("DROP TABLE raw_" + dataset);
        }
        statements.addAll(DuckDbSql.socialInsurance(csv(bundle, "social_insurance")));
        execute(statements);
        loadRules();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Computes verification_results for a run date; returns the seconds it took. */
    public double compute(LocalDate runDate) throws SQLException {
        long start = System.nanoTime();
        List<String> statements = new ArrayList<>();
        statements.add("SET VARIABLE run_date = DATE '" + runDate + "'");
        statements.addAll(DuckDbSql.verify());
        execute(statements);
        return (System.nanoTime() - start) / 1e9;
    }

    /** The computed rows by application_id. */
    public Map<String, ResultRow> results() throws SQLException {
        Map<String, ResultRow> rows = new TreeMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT CAST(run_date AS VARCHAR), application_id, identity, education, degree,
                               CAST(social_work_major AS VARCHAR), CAST(claimed_work_months AS VARCHAR),
                               CAST(evidenced_work_months AS VARCHAR), eligibility, route,
                               array_to_string(reasons, ';')
                          FROM verification_results
                        """)) {
            while (rs.next()) {
                List<String> fields = new ArrayList<>(ResultRow.COLUMNS.size());
                for (int i = 1; i <= ResultRow.COLUMNS.size(); i++) {
                    fields.add(rs.getString(i));
                }
                ResultRow row = ResultRow.of(fields);
                rows.put(row.applicationId(), row);
            }
        }
        return rows;
    }

    /** Per dataset read (social_insurance aside), the rows the load dropped as bad: the night's quarantined rows. */
    public Map<String, Long> dropped() {
        return java.util.Collections.unmodifiableMap(dropped);
    }

    /** The number of rows of a table of the database (a cleaned dataset, or verification_results). */
    public long count(String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The id_number of an application's candidate, masked as DATA-CONTRACT §5 (never printed in full). */
    public String maskedIdNumber(String applicationId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.id_number FROM applications a JOIN candidates c USING (candidate_id)
                 WHERE a.application_id = ?
                """)) {
            ps.setString(1, applicationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Masking.idNumber(rs.getString(1)) : "(none)";
            }
        }
    }

    /** The eligibility rules the night reads (batch-jobs' eligibility-rules.csv), parsed by its own reader. */
    private void loadRules() throws SQLException {
        List<EligibilityRule> rules;
        try (Reader csv = new InputStreamReader(
                DuckDbVerification.class.getResourceAsStream("/eligibility-rules.csv"), StandardCharsets.UTF_8)) {
            rules = EligibilityRulesCsv.read(csv, "eligibility-rules.csv");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        execute(List.of("""
                CREATE TABLE eligibility_rules (exam_code VARCHAR, level VARCHAR, level_rank INTEGER,
                                                social_work_major BOOLEAN, min_social_work_years INTEGER)
                """));
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO eligibility_rules VALUES (?, ?, level_rank(?), ?, ?)")) {
            for (EligibilityRule rule : rules) {
                insert.setString(1, rule.examCode().strip());
                insert.setString(2, rule.level().strip());
                insert.setString(3, rule.educationLevel().name());
                insert.setBoolean(4, rule.socialWorkMajor());
                insert.setInt(5, rule.minSocialWorkYears());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void execute(List<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    long t0 = System.nanoTime();
                    s.execute(sql);
                    if (TRACE) {
                        System.err.printf(
                                "  %.1f s: %s%n",
                                (System.nanoTime() - t0) / 1e9,
                                sql.strip().lines().findFirst().orElse(""));
                    }
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n in: " + sql, e);
                }
            }
        }
    }

    private static String csv(Path bundle, String dataset) {
        Path file = bundle.resolve(dataset + ".csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dataset + ": no " + file + " (the DuckDB side reads CSV bundles only)");
        }
        return file.toAbsolutePath().toString();
    }

    @Override
    public void close() throws SQLException, IOException {
        connection.close();
        try (var files = Files.walk(directory)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
