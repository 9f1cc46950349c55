package org.examcommit.batch.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN (FORMAT csv)}: every value quoted, null
 * as an unquoted empty field, so an empty string and null stay apart.
 */
public final class CopyWriter implements AutoCloseable {

    private final PGCopyOutputStream stream;
    private final Writer out;
    private boolean failed;

    public CopyWriter(Connection connection, String table, Iterable<String> columns) throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
        this.stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** One row; a value is written as its {@code toString()}, null as SQL null. */
    public void write(Object... values) throws IOException {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object v = values[i];
                if (v != null) {
                    quote(v.toString());
                }
            }
            out.write('\n');
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    private void quote(String s) throws IOException {
        out.write('"');
        if (s.indexOf('"') < 0) {
            out.write(s);
        } else {
            out.write(s.replace("\"", "\"\""));
        }
        out.write('"');
    }

    /** Ends the COPY; when a write failed it is cancelled instead, so the connection stays usable. */
    @Override
    public void close() throws IOException {
        if (failed) {
            try {
                stream.cancelCopy();
            } catch (SQLException e) {
                throw new IOException("cannot cancel COPY", e);
            }
            return;
        }
        out.close();
    }

    /** Marks the COPY as failed so that close cancels it (an error outside write). */
    public void abort() {
        failed = true;
    }
}
