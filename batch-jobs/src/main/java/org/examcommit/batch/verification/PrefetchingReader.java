package org.examcommit.batch.verification;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads ahead of the step: one thread runs the delegate (the cursor query and the row mapping) into a bounded
 * queue while the step's thread checks and writes the previous chunk, so the database's read and write work
 * overlap. Keeps no restart state: the query itself skips what was written.
 */
class PrefetchingReader<T> implements ItemStreamReader<T> {

    private static final Object END = new Object();

    private final ItemStreamReader<T> delegate;
    private final int capacity;
    private BlockingQueue<Object> queue;
    private Thread filler;
    private volatile boolean closing;
    private boolean finished;

    PrefetchingReader(ItemStreamReader<T> delegate, int capacity) {
        this.delegate = delegate;
        this.capacity = capacity;
    }

    /** A failure of the reading thread, handed to the step's thread. */
    private record Failure(Exception exception) {
    }

    @Override
    public void open(ExecutionContext executionContext) {
        delegate.open(executionContext);
        queue = new ArrayBlockingQueue<>(capacity);
        closing = false;
        finished = false;
        filler = new Thread(this::fill, "verification-reader");
        filler.setDaemon(true);
        filler.start();
    }

    private void fill() {
        try {
            try {
                for (T item = delegate.read(); item != null && !closing; item = delegate.read()) {
                    queue.put(item);
                }
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                queue.put(new Failure(e));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T read() throws Exception {
        if (finished) {
            return null;
        }
        Object next = queue.take();
        if (next == END) {
            finished = true;
            return null;
        }
        if (next instanceof Failure failure) {
            finished = true;
            throw failure.exception();
        }
        return (T) next;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        // nothing to save: a restart's query leaves out what was written
    }

    @Override
    public void close() {
        closing = true;
        if (filler != null) {
            filler.interrupt();
            try {
                filler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            filler = null;
        }
        delegate.close();
    }
}
