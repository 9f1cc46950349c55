package org.examcommit.batch.verification;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.examcommit.batch.verification.checks.ReasonCode;
import org.examcommit.batch.verification.checks.VerificationOutcome;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk's results with one {@code COPY} into verification_results, inside the chunk's transaction.
 * A plain append is enough: the prepare step cleared the date's results and the reader leaves out the
 * applications already written, so a restart never meets its own rows. Application states, events and the
 * on-site list follow from the results in the apply step, set-based, once per night.
 */
class VerificationWriter implements ItemWriter<VerificationOutcome> {

    static final String COPY_RESULTS = """
            COPY verification_results (run_date, application_id, identity, education, degree, social_work_major,
                 claimed_work_months, evidenced_work_months, eligibility, route, reasons) FROM STDIN (FORMAT text)
            """;

    private final DataSource dataSource;
    private final LocalDate runDate;
    private final FaultInjection faults;

    VerificationWriter(DataSource dataSource, LocalDate runDate, FaultInjection faults) {
        this.dataSource = dataSource;
        this.runDate = runDate;
        this.faults = faults;
    }

    @Override
    public void write(Chunk<? extends VerificationOutcome> chunk) throws SQLException {
        List<? extends VerificationOutcome> items = chunk.getItems();
        if (items.isEmpty()) {
            return;
        }
        faults.beforeWrite(items.stream().map(VerificationOutcome::applicationId).toList());
        // the chunk transaction's connection, so the rows commit or roll back with the chunk
        Connection connection = DataSourceUtils.getConnection(dataSource);
        PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY_RESULTS, 1 << 16);
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            String date = runDate.toString();
            for (VerificationOutcome o : items) {
                out.write(line(date, o));
            }
            out.close();
        } catch (IOException | RuntimeException e) {
            if (stream.isActive()) {
                stream.cancelCopy();
            }
            throw e instanceof IOException io ? new UncheckedIOException("COPY verification_results", io)
                    : (RuntimeException) e;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One row in COPY's text format: tab-separated, an array as {A,B}. */
    static String line(String date, VerificationOutcome o) {
        StringBuilder line = new StringBuilder(160).append(date).append('\t');
        escape(line, o.applicationId());
        line.append('\t').append(o.identity().name())
                .append('\t').append(o.education().name())
                .append('\t').append(o.degree().name())
                .append('\t').append(o.socialWorkMajor() ? 't' : 'f')
                .append('\t').append(o.claimedWorkMonths())
                .append('\t').append(o.evidencedWorkMonths())
                .append('\t').append(o.eligibility().name())
                .append('\t').append(o.route().name())
                .append("\t{");
        boolean first = true;
        for (ReasonCode reason : o.reasons()) {
            if (!first) {
                line.append(',');
            }
            line.append(reason.name());
            first = false;
        }
        return line.append("}\n").toString();
    }

    /** COPY text format: a backslash, tab, newline or carriage return in a value is escaped. */
    private static void escape(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
