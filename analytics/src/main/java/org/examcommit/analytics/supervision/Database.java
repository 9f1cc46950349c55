package org.examcommit.analytics.supervision;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The PostgreSQL side: partitioned JDBC reads that executors run themselves (so a cluster works
 * too) and appends to the unlogged staging tables with COPY. The user and password come from the
 * environment, never the command line, which {@code ps} shows.
 */
public record Database(String url, String user, String password, int partitions) {

    public static Database fromEnvironment(String url, int partitions) {
        return new Database(
                url,
                System.getenv().getOrDefault("ANALYTICS_DB_USER", ""),
                System.getenv().getOrDefault("ANALYTICS_DB_PASSWORD", ""),
                partitions);
    }

    /** A table read in {@code partitions} slices of hashtext(key), one query per slice. */
    public Dataset<Row> read(SparkSession spark, String table, String key) {
        String[] slices = new String[partitions];
        for (int i = 0; i < partitions; i++) {
            slices[i] = "abs(hashtext(" + key + ") % " + partitions + ") = " + i;
        }
        return spark.read().jdbc(url, table, slices, properties());
    }

    /** A small query read as one slice. */
    public Dataset<Row> query(SparkSession spark, String sql) {
        return spark.read().jdbc(url, "(" + sql + ") q", properties());
    }

    /** Appends with COPY, each partition from its executor (see {@link CopyPartition}). */
    public void append(Dataset<Row> rows, String table) {
        rows.foreachPartition(new CopyPartition(url, user, password, table, rows.columns()));
    }

    /**
     * Runs the statements in one transaction: those with a {@code ?} get the run date and are not
     * counted (the deletes of the date's earlier output), the others' update counts are returned in
     * order (the inserts from the staging tables).
     */
    public long[] publish(List<String> statements, LocalDate runDate) throws SQLException {
        long[] inserted = new long
                [(int) statements.stream().filter(sql -> !sql.contains("?")).count()];
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            int n = 0;
            for (String sql : statements) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    if (sql.contains("?")) {
                        ps.setObject(1, runDate);
                        ps.executeUpdate();
                    } else {
                        inserted[n++] = ps.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        return inserted;
    }

    /** Empties the staging tables (before the appends, and after the publish: they hold nothing between runs). */
    public void truncate(List<String> stagingTables) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + String.join(", ", stagingTables));
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("driver", "org.postgresql.Driver");
        p.setProperty("fetchsize", "10000");
        return p;
    }
}
