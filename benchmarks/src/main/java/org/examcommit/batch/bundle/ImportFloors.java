package org.examcommit.batch.bundle;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.examcommit.batch.io.CopyWriter;
import org.examcommit.batch.io.Datasets;
import org.examcommit.batch.io.Row;
import org.examcommit.batch.io.RowReader;

/**
 * The two floors of each dataset's import (a benchmark, never shipped; it sits in the import's package,
 * from the benchmarks module, to reach the import's package-private rules without making them public):
 * <ul>
 *   <li><b>parse alone</b>: every row read and checked exactly as the import does (the dataset's
 *       {@link DatasetSpec}, first-row-wins keys, references to the rows parsed before), no database;
 *       social_insurance compacted as its loader does;
 *   <li><b>COPY alone</b>: the rows parsed above, already in memory, streamed with COPY into a
 *       temporary table of the staged columns, no parsing.
 * </ul>
 */
public final class ImportFloors {

    /** One dataset's floors in seconds (COPY: NaN for social_insurance, which is compacted, not copied). */
    public record Floor(String dataset, long rows, double parseSeconds, double copySeconds) {}

    private ImportFloors() {}

    public static List<Floor> measure(Path bundle, DataSource dataSource) throws Exception {
        Map<String, Floor> floors = new LinkedHashMap<>();
        Set<String> candidates = new HashSet<>();
        Set<String> applications = new HashSet<>();
        for (DatasetSpec spec : DatasetSpecs.ALL) {
            Optional<RowReader> opened = Datasets.open(bundle, spec.name());
            if (opened.isEmpty()) {
                continue;
            }
            List<String[]> good = new ArrayList<>();
            long rows;
            long t0 = System.nanoTime();
            try (RowReader reader = opened.get()) {
                rows = parse(
                        spec,
                        reader,
                        good,
                        spec.reference() == DatasetSpec.Reference.CANDIDATE ? candidates : applications);
            }
            double parse = (System.nanoTime() - t0) / 1e9;
            if (spec == DatasetSpecs.CANDIDATES) {
                good.forEach(v -> candidates.add(v[0]));
            } else if (spec == DatasetSpecs.APPLICATIONS) {
                good.forEach(v -> applications.add(v[0]));
            }
            double copy = copy(spec, good, dataSource);
            floors.put(spec.name(), new Floor(spec.name(), rows, parse, copy));
        }
        Optional<RowReader> insured = Datasets.open(bundle, SocialInsuranceLoader.DATASET);
        if (insured.isPresent()) {
            long t0 = System.nanoTime();
            try (RowReader reader = insured.get()) {
                SocialInsuranceLoader.Compaction c =
                        SocialInsuranceLoader.compact(reader, Progress.quiet(SocialInsuranceLoader.DATASET));
                floors.put(
                        SocialInsuranceLoader.DATASET,
                        new Floor(
                                SocialInsuranceLoader.DATASET,
                                c.good + c.bad.size(),
                                (System.nanoTime() - t0) / 1e9,
                                Double.NaN));
            }
        }
        return List.copyOf(floors.values());
    }

    /** The import's row loop without its COPY: returns the rows read, keeps the good ones' values. */
    private static long parse(DatasetSpec spec, RowReader reader, List<String[]> good, Set<String> referenced)
            throws Exception {
        int referenceIndex =
                spec.referenceColumn() == null ? -1 : spec.stageColumns().indexOf(spec.referenceColumn());
        int[] keyIndexes = spec.keyColumns().stream()
                .mapToInt(spec.stageColumns()::indexOf)
                .toArray();
        Map<String, Long> keys = new HashMap<>();
        long rows = 0;
        for (Row row = reader.next(); row != null; row = reader.next()) {
            rows++;
            FieldReader fields = new FieldReader(row);
            String[] values = spec.clean(fields);
            if (values != null && referenceIndex >= 0 && !referenced.contains(values[referenceIndex])) {
                fields.fail(spec.referenceColumn(), "unknown reference");
            }
            if (values != null && fields.ok() && keyIndexes.length > 0) {
                StringBuilder key = new StringBuilder();
                for (int i : keyIndexes) {
                    key.append(values[i]).append('\u0000');
                }
                if (keys.putIfAbsent(key.toString(), row.number()) != null) {
                    fields.fail(spec.keyColumns().get(0), "repeated key");
                }
            }
            if (fields.ok()) {
                good.add(values);
            } else {
                BadRow.of(row, fields.problem());
            }
        }
        return rows;
    }

    private static double copy(DatasetSpec spec, List<String[]> good, DataSource dataSource) throws Exception {
        String table = "floor_" + spec.name();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var st = connection.createStatement()) {
                st.execute("CREATE TEMP TABLE " + table + " ("
                        + spec.stageColumns().stream().map(c -> c + " text").collect(Collectors.joining(", "))
                        + ") ON COMMIT DROP");
            }
            long t0 = System.nanoTime();
            try (CopyWriter copy = new CopyWriter(connection, table, spec.stageColumns())) {
                for (String[] values : good) {
                    copy.write((Object[]) values);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            connection.rollback();
            return seconds;
        }
    }
}
