package org.examcommit.analytics.supervision;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Properties;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Appends one partition's rows to a table with {@code COPY ... FROM STDIN (FORMAT csv)}, run by the executor
 * that holds the partition. Spark's JDBC writer sends batched INSERTs instead; COPY is how the project moves
 * bulk rows (DESIGN.md). Values travel as text: strings quoted, dates as yyyy-MM-dd, null as an unquoted
 * empty field.
 */
final class CopyPartition implements ForeachPartitionFunction<Row> {

    private static final long serialVersionUID = 1L;

    /** Rows per message to the server. */
    private static final int ROWS_PER_WRITE = 4096;

    private final String url;
    private final String user;
    private final String password;
    private final String copySql;

    CopyPartition(String url, String user, String password, String table, String[] columns) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.copySql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
    }

    @Override
    public void call(Iterator<Row> rows) throws SQLException {
        if (!rows.hasNext()) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        // the driver itself, not DriverManager: on a cluster's executor it may not see the application's jar
        try (Connection c = new org.postgresql.Driver().connect(url, p)) {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
            try {
                StringBuilder text = new StringBuilder();
                int buffered = 0;
                while (rows.hasNext()) {
                    appendCsv(text, rows.next());
                    if (++buffered == ROWS_PER_WRITE) {
                        write(copy, text);
                        buffered = 0;
                    }
                }
                write(copy, text);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }

    /** One row as a CSV line (RFC 4180 quoting, which COPY's csv format reads). */
    static void appendCsv(StringBuilder text, Row row) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object value = row.get(i);
            if (value != null) {
                text.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        text.append('\n');
    }

    private static void write(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
