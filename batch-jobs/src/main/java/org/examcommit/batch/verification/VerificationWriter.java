package org.examcommit.batch.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.examcommit.batch.io.CopyWriter;
import org.examcommit.batch.io.ParquetTableWriter.Column;
import org.examcommit.batch.verification.checks.VerificationOutcome;
import org.examcommit.contract.ReasonCode;
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

    /** verification_results' columns, in the order of the contract's dataset (the Parquet export's). */
    private static final List<String> COLUMNS =
            ExportResultsTasklet.COLUMNS.stream().map(Column::name).toList();

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
        faults.beforeWrite(
                items.stream().map(VerificationOutcome::applicationId).toList());
        // the chunk transaction's connection, so the rows commit or roll back with the chunk
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyWriter copy = new CopyWriter(connection, "verification_results", COLUMNS)) {
            for (VerificationOutcome o : items) {
                copy.write(
                        runDate,
                        o.applicationId(),
                        o.identity(),
                        o.education(),
                        o.degree(),
                        o.socialWorkMajor(),
                        o.claimedWorkMonths(),
                        o.evidencedWorkMonths(),
                        o.eligibility(),
                        o.route(),
                        arrayLiteral(o));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("COPY verification_results", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The reason codes as a text[] literal, {A,B}: enum names need no quoting inside it. */
    private static String arrayLiteral(VerificationOutcome o) {
        return o.reasons().stream().map(ReasonCode::name).collect(Collectors.joining(",", "{", "}"));
    }
}
