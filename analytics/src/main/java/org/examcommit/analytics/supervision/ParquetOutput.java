package org.examcommit.analytics.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * {@code <output-root>/<dataset>/run_date=<date>/} as the verification writes it: Spark writes into a
 * hidden folder beside the target, which is renamed into place only after the database committed,
 * so a reader sees the old output or the new one, never half of one.
 */
public final class ParquetOutput {

    private final Path outputRoot;
    private final LocalDate runDate;
    private final String token = UUID.randomUUID().toString();
    private final List<String> staged = new ArrayList<>();

    public ParquetOutput(Path outputRoot, LocalDate runDate) {
        this.outputRoot = outputRoot;
        this.runDate = runDate;
    }

    public void stage(String dataset, Dataset<Row> rows) {
        removeLeftovers(dataset);
        Path temp = hidden(dataset, "tmp");
        rows.coalesce(1)
                .write()
                .mode(SaveMode.ErrorIfExists)
                .parquet(temp.toUri().toString());
        staged.add(dataset);
    }

    /** Every staged folder into place, replacing the date's previous output. */
    public void commit() {
        try {
            for (String dataset : staged) {
                Path target = outputRoot.resolve(dataset).resolve("run_date=" + runDate);
                Path old = hidden(dataset, "old");
                if (Files.exists(target)) {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(hidden(dataset, "tmp"), target, StandardCopyOption.ATOMIC_MOVE);
                deleteRecursively(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the analytics output into place", e);
        }
    }

    /**
     * Hidden folders of the date that an earlier night left when it was killed (each night has its own
     * token, so nothing else would remove them); only one night runs at a time (the night lock).
     */
    private void removeLeftovers(String dataset) {
        Path folder = outputRoot.resolve(dataset);
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = ".run_date=" + runDate + ".";
        try (Stream<Path> siblings = Files.list(folder)) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .forEach(ParquetOutput::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private Path hidden(String dataset, String kind) {
        return outputRoot.resolve(dataset).resolve(".run_date=" + runDate + "." + kind + "-" + token);
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
