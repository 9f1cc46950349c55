package org.examcommit.batch.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads ahead of the step: one thread per delegate (a cursor query and its row mapping) fills a bounded queue
 * while the step's thread checks and writes the previous chunk, so the database's read and write work
 * overlap, and several parts of the night are read at once. Items of different delegates interleave. Keeps
 * no restart state: the query itself skips what was written.
 */
class PrefetchingReader<T> implements ItemStreamReader<T> {

    private static final Object END = new Object();

    private final List<? extends ItemStreamReader<T>> delegates;
    private final int capacity;
    private BlockingQueue<Object> queue;
    private final List<Thread> fillers = new ArrayList<>();
    private volatile boolean closing;
    private int running;
    private boolean finished;

    PrefetchingReader(ItemStreamReader<T> delegate, int capacity) {
        this(List.of(delegate), capacity);
    }

    PrefetchingReader(List<? extends ItemStreamReader<T>> delegates, int capacity) {
        if (delegates.isEmpty()) {
            throw new IllegalArgumentException("at least one delegate");
        }
        this.delegates = delegates;
        this.capacity = capacity;
    }

    /** A failure of a reading thread, handed to the step's thread. */
    private record Failure(Exception exception) {}

    @Override
    public void open(ExecutionContext executionContext) {
        queue = new ArrayBlockingQueue<>(capacity);
        closing = false;
        finished = false;
        running = delegates.size();
        for (ItemStreamReader<T> delegate : delegates) {
            delegate.open(executionContext);
        }
        for (int i = 0; i < delegates.size(); i++) {
            ItemStreamReader<T> delegate = delegates.get(i);
            Thread filler = new Thread(() -> fill(delegate), "verification-reader-" + i);
            filler.setDaemon(true);
            fillers.add(filler);
            filler.start();
        }
    }

    private void fill(ItemStreamReader<T> delegate) {
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
        while (!finished) {
            Object next = queue.take();
            if (next == END) {
                finished = --running == 0;
                continue;
            }
            if (next instanceof Failure failure) {
                finished = true;
                throw failure.exception();
            }
            return (T) next;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        // nothing to save: a restart's query leaves out what was written
    }

    @Override
    public void close() {
        closing = true;
        for (Thread filler : fillers) {
            filler.interrupt();
            try {
                filler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        fillers.clear();
        RuntimeException failure = null;
        for (ItemStreamReader<T> delegate : delegates) {
            try {
                delegate.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
