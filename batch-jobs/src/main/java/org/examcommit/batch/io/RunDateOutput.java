package org.examcommit.batch.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The Parquet output of one dataset for one run date, DATA-CONTRACT §2:
 * {@code <output-root>/<dataset>/run_date=<yyyy-MM-dd>/part-0.parquet}. The file is written into a
 * hidden temporary folder beside the target and renamed into place, so a reader sees the old output
 * or the new one, never half a file; a re-run of the same run date replaces the folder.
 */
public final class RunDateOutput {

    /** Writes the rows of one output; may throw what the writer throws. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(ParquetTableWriter writer) throws IOException;
    }

    private RunDateOutput() {}

    /** The folder of a dataset's output for a run date. */
    public static Path folder(Path outputRoot, String dataset, LocalDate runDate) {
        return outputRoot.resolve(dataset).resolve("run_date=" + runDate);
    }

    /** Writes the output and returns its part file; on failure the previous output is left as it was. */
    public static Path write(
            Path outputRoot, String dataset, LocalDate runDate, List<ParquetTableWriter.Column> columns, Rows rows)
            throws IOException {
        Path target = folder(outputRoot, dataset, runDate);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        removeLeftovers(target);
        String token = UUID.randomUUID().toString();
        Path temp = parent.resolve("." + target.getFileName() + ".tmp-" + token);
        Files.createDirectory(temp);
        try {
            try (ParquetTableWriter writer = ParquetTableWriter.create(temp.resolve("part-0.parquet"), columns)) {
                rows.writeTo(writer);
            }
            Files.deleteIfExists(temp.resolve(".part-0.parquet.crc"));
            Path old = parent.resolve("." + target.getFileName() + ".old-" + token);
            boolean hadOld = Files.exists(target);
            if (hadOld) {
                move(target, old);
            }
            move(temp, target);
            if (hadOld) {
                deleteRecursively(old);
            }
            return target.resolve("part-0.parquet");
        } catch (IOException | RuntimeException e) {
            deleteRecursively(temp);
            throw e;
        }
    }

    /**
     * Hidden folders of this output that an earlier run killed while writing or renaming left behind
     * (each run has its own token, so nothing else would remove them); one night runs at a time.
     */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : siblings.toList()) {
                if (p.getFileName().toString().startsWith(prefix)) {
                    deleteRecursively(p);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }
}
