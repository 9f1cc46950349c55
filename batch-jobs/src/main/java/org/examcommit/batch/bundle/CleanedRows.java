package org.examcommit.batch.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.examcommit.batch.io.Row;
import org.examcommit.batch.io.RowReader;

/**
 * A dataset's rows, read and checked by its {@link DatasetSpec} ahead of the caller on threads of
 * their own, handed back in file order. One thread reads the file in batches; each batch is cleaned on
 * one of {@code threads} others; the caller, who streams the rows into COPY, keeps the order-dependent
 * rules (first row wins a key). A bounded queue keeps the rows in memory to a few batches.
 */
final class CleanedRows implements AutoCloseable {

    /** One row with its cleaned values (null when bad) and the reader holding its first problem. */
    record Cleaned(Row row, String[] values, FieldReader fields) {

        static Cleaned of(Row row, DatasetSpec spec) {
            FieldReader fields = new FieldReader(row);
            return new Cleaned(row, spec.clean(fields), fields);
        }
    }

    private static final int BATCH = 2048;
    private static final List<Cleaned> END = List.of();

    private final BlockingQueue<Future<List<Cleaned>>> batches = new ArrayBlockingQueue<>(16);
    private final ExecutorService cleaners;
    private final Thread reader;
    private Iterator<Cleaned> current = Collections.emptyIterator();
    private boolean ended;

    CleanedRows(RowReader rows, DatasetSpec spec, int threads) {
        this.cleaners = Executors.newFixedThreadPool(threads, r -> daemon(r, spec.name() + "-clean"));
        this.reader = daemon(() -> read(rows, spec), spec.name() + "-read");
        reader.start();
    }

    /** The next row in file order, or null after the last; a read error is thrown here, in its place. */
    Cleaned next() throws IOException {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            List<Cleaned> batch;
            try {
                batch = batches.take().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading rows");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IOException(e.getCause());
            }
            if (batch == END) {
                ended = true;
                return null;
            }
            current = batch.iterator();
        }
        return current.next();
    }

    private void read(RowReader rows, DatasetSpec spec) {
        try {
            List<Row> batch = new ArrayList<>(BATCH);
            for (Row row = rows.next(); row != null; row = rows.next()) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    submit(batch, spec);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                submit(batch, spec);
            }
            batches.put(CompletableFuture.completedFuture(END));
        } catch (InterruptedException e) {
            // closed by the caller: nobody takes more rows
        } catch (Throwable e) {
            // every failure, errors too (out of memory), goes to the caller in its place: a reading thread that
            // died without a word would leave the caller waiting for rows for ever
            try {
                batches.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException closed) {
                // closed by the caller
            }
        }
    }

    private void submit(List<Row> batch, DatasetSpec spec) throws InterruptedException {
        batches.put(cleaners.submit(() -> {
            List<Cleaned> cleaned = new ArrayList<>(batch.size());
            for (Row row : batch) {
                cleaned.add(Cleaned.of(row, spec));
            }
            return cleaned;
        }));
    }

    /** Stops the reading and cleaning threads (they may still be ahead when the caller fails). */
    @Override
    public void close() {
        reader.interrupt();
        cleaners.shutdownNow();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
