package org.examcommit.schedules.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * INBOX_DIR (default {@code ./inbox/}): the bundle folders waiting for the scheduled night. A folder
 * whose name starts with a dot is still arriving (copy as {@code .name}, then rename) and is left alone,
 * as is {@code done/}, where a bundle goes once its night completed.
 */
@Component
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    /** The folder under the inbox that holds the bundles of completed nights. */
    static final String DONE = "done";

    private final Path dir;

    public Inbox(@Value("${examcommit.inbox-dir:./inbox}") String dir) {
        this.dir = Path.of(dir).toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** The waiting bundle folders, in name order; none when the inbox does not exist. */
    public List<Path> waiting() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals(DONE))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + dir, e);
        }
    }

    /**
     * Moves the night's bundles that are still in the inbox to {@code done/} (a name taken there already
     * gets the run id as a suffix). A failure to move is logged: the night itself completed.
     */
    void markDone(List<Path> bundles, long runId) {
        Path done = dir.resolve(DONE);
        for (Path bundle : bundles) {
            if (!dir.equals(bundle.getParent()) || !Files.isDirectory(bundle)) {
                continue;
            }
            try {
                Files.createDirectories(done);
                Path target = done.resolve(bundle.getFileName());
                if (Files.exists(target)) {
                    target = done.resolve(bundle.getFileName() + "." + runId);
                }
                Files.move(bundle, target, StandardCopyOption.ATOMIC_MOVE);
                log.info("Moved bundle {} to {}", bundle.getFileName(), target);
            } catch (IOException e) {
                log.warn("Cannot move bundle {} to {}: {}", bundle, done, e.getMessage());
            }
        }
    }
}
