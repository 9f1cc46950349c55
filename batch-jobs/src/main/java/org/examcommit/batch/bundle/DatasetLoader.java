package org.examcommit.batch.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.examcommit.batch.bundle.ImportReport.DatasetReport;
import org.examcommit.batch.io.CopyWriter;
import org.examcommit.batch.io.Row;
import org.examcommit.batch.io.RowReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads one dataset of a bundle (every dataset but social_insurance) as its {@link DatasetSpec} says: reads it, checks each row,
 * streams the good rows with COPY into a temporary staging table, quarantines the bad ones, then
 * moves the staged rows into the real table. Runs inside the caller's transaction (the step's), so
 * a failure leaves the dataset as it was.
 */
@Component
class DatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    /** Rows are checked on as many threads as there are cores, while this one streams them into COPY. */
    private static final int CLEANING_THREADS = Runtime.getRuntime().availableProcessors();

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    DatasetLoader(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The import of the dataset this spec describes. */
    DatasetImport importOf(DatasetSpec spec) {
        return new DatasetImport() {
            @Override
            public String name() {
                return spec.name();
            }

            @Override
            public Optional<DatasetReport> load(Path bundle, LocalDate runDate) throws Exception {
                return DatasetFile.load(
                        dataSource,
                        jdbc,
                        bundle,
                        runDate,
                        spec.name(),
                        spec.requiredColumns(),
                        (connection, reader) -> loadRows(connection, bundle, runDate, spec, reader));
            }
        };
    }

    private DatasetReport loadRows(
            Connection connection, Path bundle, LocalDate runDate, DatasetSpec rules, RowReader reader)
            throws IOException, SQLException {
        long started = System.nanoTime();
        String stage = "stage_" + rules.name();
        jdbc.sql("CREATE TEMP TABLE " + stage + " ("
                        + rules.stageColumns().stream().map(c -> c + " text").collect(Collectors.joining(", "))
                        + ") ON COMMIT DROP")
                .update();
        Set<String> referenced = referencedIds(rules.reference());
        int referenceIndex =
                rules.referenceColumn() == null ? -1 : rules.stageColumns().indexOf(rules.referenceColumn());
        int[] keyIndexes = rules.keyColumns().stream()
                .mapToInt(rules.stageColumns()::indexOf)
                .toArray();
        Map<String, Long> keys = new HashMap<>();
        List<BadRow> bad = new ArrayList<>();
        Progress progress = new Progress(rules.name());
        long good = 0;
        try (CopyWriter copy = new CopyWriter(connection, stage, rules.stageColumns());
                CleanedRows rows = new CleanedRows(reader, rules, CLEANING_THREADS)) {
            try {
                for (CleanedRows.Cleaned cleaned = rows.next(); cleaned != null; cleaned = rows.next()) {
                    Row row = cleaned.row();
                    FieldReader fields = cleaned.fields();
                    String[] values = cleaned.values();
                    if (values != null && referenceIndex >= 0 && !referenced.contains(values[referenceIndex])) {
                        fields.fail(
                                rules.referenceColumn(),
                                rules.referenceColumn() + " names no loaded "
                                        + (rules.reference() == DatasetSpec.Reference.CANDIDATE
                                                ? "candidate"
                                                : "application"));
                    }
                    if (values != null && fields.ok() && keyIndexes.length > 0) {
                        Long first = keys.putIfAbsent(key(values, keyIndexes), row.number());
                        if (first != null) {
                            fields.fail(
                                    rules.keyColumns().get(keyIndexes.length - 1),
                                    "repeats the key (" + String.join(", ", rules.keyColumns()) + ") of data row "
                                            + first);
                        }
                    }
                    if (fields.ok()) {
                        copy.write((Object[]) values);
                        good++;
                    } else {
                        bad.add(BadRow.of(row, fields.problem()));
                    }
                    progress.rows(row.number(), reader.fractionRead());
                }
            } catch (IOException | RuntimeException e) {
                copy.abort();
                throw e;
            }
        }
        long staged = System.nanoTime();
        Quarantine.replace(jdbc, connection, runDate, rules.name(), bad);
        // a snapshot replaces its table whole; a registration dataset fills an empty table on a first import
        BulkLoad.Restore restore = good > 0 && (rules.snapshot() || BulkLoad.isEmpty(jdbc, rules.name()))
                ? BulkLoad.suspendIndexes(jdbc, rules.name())
                : BulkLoad.Restore.NOTHING;
        for (String sql : rules.applySql()) {
            var statement = jdbc.sql(sql);
            if (sql.contains(":runDate")) {
                statement = statement.param("runDate", runDate);
            }
            statement.update();
        }
        restore.restore();
        // fresh statistics for the nightly verification's plans (every dataset's table has its name)
        jdbc.sql("ANALYZE " + rules.name()).update();
        if (rules.snapshot()) {
            Snapshots.record(jdbc, rules.name(), runDate, bundle, good, null);
            SnapshotProfiles.profileTable(
                    jdbc, rules, runDate, bundle, SnapshotProfiles.contentHash(bundle, rules.name()), good, bad);
        }
        log.info(
                "{}: read and staged in {} ms, moved into the table in {} ms",
                rules.name(),
                (staged - started) / 1_000_000,
                (System.nanoTime() - staged) / 1_000_000);
        progress.done(good, bad.size());
        return new DatasetReport(rules.name(), good, bad.size());
    }

    /** The ids a dataset's rows may reference: everything in the database, which includes this import's earlier steps. */
    private Set<String> referencedIds(DatasetSpec.Reference reference) {
        String sql = switch (reference) {
            case NONE -> null;
            case CANDIDATE -> "SELECT candidate_id FROM candidates";
            case APPLICATION -> "SELECT application_id FROM applications";
        };
        if (sql == null) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        jdbc.sql(sql).query(rs -> {
            ids.add(rs.getString(1));
        });
        return ids;
    }

    private static String key(String[] values, int[] indexes) {
        if (indexes.length == 1) {
            return values[indexes[0]];
        }
        StringBuilder key = new StringBuilder();
        for (int i : indexes) {
            key.append(values[i]).append('\u0000');
        }
        return key.toString();
    }
}
