package org.examcommit.batch.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.examcommit.batch.bundle.ImportReport.DatasetReport;
import org.examcommit.batch.io.Datasets;
import org.examcommit.batch.io.RowReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * What loading any dataset starts with, shared by {@link DatasetLoader} and {@link
 * SocialInsuranceLoader}: open the dataset's file (skip it when the bundle lacks it), refuse a file
 * without a required column, and lend the step transaction's connection to the load.
 */
final class DatasetFile {

    private static final Logger log = LoggerFactory.getLogger(DatasetFile.class);

    /** The load of an opened file whose required columns are all there. */
    interface Load {
        DatasetReport load(Connection connection, RowReader reader) throws Exception;
    }

    private DatasetFile() {}

    /** The dataset's counts, or empty when the bundle does not have it. */
    static Optional<DatasetReport> load(
            DataSource dataSource,
            JdbcClient jdbc,
            Path bundle,
            LocalDate runDate,
            String dataset,
            List<String> requiredColumns,
            Load load)
            throws Exception {
        Optional<RowReader> opened = Datasets.open(bundle, dataset);
        if (opened.isEmpty()) {
            log.info("{}: not in the bundle, skipped", dataset);
            return Optional.empty();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (RowReader reader = opened.get()) {
            Optional<String> missing = requiredColumns.stream()
                    .filter(c -> !reader.columns().contains(c))
                    .findFirst();
            if (missing.isPresent()) {
                return Optional.of(refuse(jdbc, connection, runDate, dataset, reader, missing.get()));
            }
            return Optional.of(load.load(connection, reader));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A file without a required column: nothing of it loads, one quarantine row (row_number 0) says why. */
    private static DatasetReport refuse(
            JdbcClient jdbc, Connection connection, LocalDate runDate, String dataset, RowReader reader, String column)
            throws IOException, SQLException {
        log.warn("{}: refused, the file has no column {}", dataset, column);
        BadRow bad = new BadRow(
                0,
                column,
                "missing required column " + column,
                RecordText.header(reader.columns().names()),
                RecordText.header(reader.columns().names()));
        Quarantine.replace(jdbc, connection, runDate, dataset, List.of(bad));
        return new DatasetReport(dataset, 0, 1);
    }
}
