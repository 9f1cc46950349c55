package org.examcommit.batch.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read of one dataset file that needs no database, started on a thread of its own before its step
 * so that it runs beside the earlier steps (which keep the other core and PostgreSQL busy) instead of
 * after them. The step takes the result if it was started for the same file, unchanged since; when
 * nothing was started, or the early read failed, the step reads the file itself and so fails, if it
 * must, exactly as it always did.
 */
final class ReadAhead<T> {

    private static final Logger log = LoggerFactory.getLogger(ReadAhead.class);

    private record Started<T>(Path file, long size, FileTime modified, FutureTask<T> task) {}

    private final String name;
    private final AtomicReference<Started<T>> started = new AtomicReference<>();

    ReadAhead(String name) {
        this.name = name;
    }

    /** Starts {@code read} of {@code file} on a daemon thread, dropping any read started before. */
    void start(Path file, Callable<T> read) throws IOException {
        FutureTask<T> task = new FutureTask<>(read);
        discard(started.getAndSet(new Started<>(file, Files.size(file), Files.getLastModifiedTime(file), task)));
        Thread thread = new Thread(task, name + "-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The result of the read started for {@code file}, waiting for it to finish; empty when none was
     * started for it, the file changed since, or the read failed.
     */
    Optional<T> take(Path file) throws InterruptedException, IOException {
        Started<T> s = started.getAndSet(null);
        if (s == null) {
            return Optional.empty();
        }
        if (!unchanged(s, file)) {
            discard(s);
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(s.task.get());
        } catch (ExecutionException e) {
            log.info("{}: the read ahead failed, the step reads the file itself", name);
            return Optional.empty();
        } catch (InterruptedException e) {
            discard(s);
            throw e;
        }
    }

    /** The same file, of the same size and time; a file that cannot be read now is not (its read is stopped). */
    private static boolean unchanged(Started<?> s, Path file) {
        try {
            return s.file.equals(file)
                    && s.size == Files.size(file)
                    && s.modified.equals(Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops a read nobody will take (the job ended before its step). */
    void discard() {
        discard(started.getAndSet(null));
    }

    private static void discard(Started<?> s) {
        if (s != null) {
            s.task.cancel(true);
        }
    }
}
