package org.examcommit.batch.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a dataset in a bundle folder as DATA-CONTRACT §1 names it: {@code <name>.parquet} (a file or a
 * folder of part files) or {@code <name>.csv}. Parquet wins when both are present.
 */
public final class Datasets {

    private Datasets() {}

    /** The file or folder holding the dataset, if the bundle has it. */
    public static Optional<Path> locate(Path bundleDir, String name) {
        Path parquet = bundleDir.resolve(name + ".parquet");
        if (Files.exists(parquet)) {
            return Optional.of(parquet);
        }
        Path csv = bundleDir.resolve(name + ".csv");
        return Files.isRegularFile(csv) ? Optional.of(csv) : Optional.empty();
    }

    /** Opens the dataset for reading, if the bundle has it. */
    public static Optional<RowReader> open(Path bundleDir, String name) throws IOException {
        Optional<Path> path = locate(bundleDir, name);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(open(path.get()));
    }

    /** Opens a dataset file (or Parquet folder) by its extension. */
    public static RowReader open(Path path) throws IOException {
        String file = path.getFileName().toString();
        if (file.endsWith(".parquet")) {
            return ParquetRowReader.open(path);
        }
        if (file.endsWith(".csv")) {
            return CsvRowReader.open(path);
        }
        throw new IOException("not a dataset file (.csv or .parquet): " + file);
    }
}
