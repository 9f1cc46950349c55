package org.examcommit.batch.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

class PrefetchingReaderTest {

    /** Hands out the given items, then fails if asked to. */
    static final class ListReader implements ItemStreamReader<Integer> {
        private final Iterator<Integer> items;
        private final boolean failAtEnd;
        volatile boolean closed;

        ListReader(List<Integer> items, boolean failAtEnd) {
            this.items = items.iterator();
            this.failAtEnd = failAtEnd;
        }

        @Override
        public Integer read() {
            if (items.hasNext()) {
                return items.next();
            }
            if (failAtEnd) {
                throw new IllegalStateException("cursor lost");
            }
            return null;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void readsEveryItemInOrderThenNull() throws Exception {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        PrefetchingReader<Integer> reader = new PrefetchingReader<>(new ListReader(items, false), 8);
        reader.open(new ExecutionContext());
        List<Integer> read = new ArrayList<>();
        for (Integer i = reader.read(); i != null; i = reader.read()) {
            read.add(i);
        }
        reader.close();
        assertThat(read).isEqualTo(items);
        assertThat(reader.read()).isNull();
    }

    @Test
    void readsEveryItemOfEveryDelegateOnceThenNull() throws Exception {
        List<Integer> first = IntStream.range(0, 5000).boxed().toList();
        List<Integer> second = IntStream.range(5000, 7000).boxed().toList();
        ListReader a = new ListReader(first, false);
        ListReader b = new ListReader(second, false);
        PrefetchingReader<Integer> reader = new PrefetchingReader<>(List.of(a, b), 16);
        reader.open(new ExecutionContext());
        List<Integer> read = new ArrayList<>();
        for (Integer i = reader.read(); i != null; i = reader.read()) {
            read.add(i);
        }
        reader.close();
        assertThat(read)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 7000).boxed().toList());
        assertThat(reader.read()).isNull();
        assertThat(a.closed).as("first delegate closed").isTrue();
        assertThat(b.closed).as("second delegate closed").isTrue();
    }

    @Test
    void handsTheReadingThreadsFailureToTheStep() throws Exception {
        PrefetchingReader<Integer> reader = new PrefetchingReader<>(new ListReader(List.of(1), true), 8);
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isEqualTo(1);
        assertThatThrownBy(reader::read).hasMessage("cursor lost");
        reader.close();
    }

    @Test
    void closingPartWayStopsTheReadingThreadAndClosesTheDelegate() throws Exception {
        ListReader delegate = new ListReader(IntStream.range(0, 100_000).boxed().toList(), false);
        PrefetchingReader<Integer> reader = new PrefetchingReader<>(delegate, 4);
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isZero();
        reader.close();
        assertThat(delegate.closed).isTrue();
    }
}
