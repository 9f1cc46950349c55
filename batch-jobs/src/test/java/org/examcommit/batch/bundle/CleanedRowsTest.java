package org.examcommit.batch.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.examcommit.batch.io.Columns;
import org.examcommit.batch.io.CsvRowReader;
import org.examcommit.batch.io.Row;
import org.examcommit.batch.io.RowReader;
import org.junit.jupiter.api.Test;

/** Rows checked on other threads come back in file order, and every failure of the reading thread reaches the caller. */
class CleanedRowsTest {

    @Test
    void rowsComeBackInFileOrderWithTheirProblems() throws Exception {
        StringBuilder csv = new StringBuilder("id_number,name\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(i % 1000 == 0 ? "bad" : "11010119900101" + String.format("%04d", 0))
                    .append(",n")
                    .append(i)
                    .append('\n');
        }
        List<Long> numbers = new ArrayList<>();
        long bad = 0;
        try (CleanedRows rows = new CleanedRows(CsvRowReader.of(csv.toString()), DatasetSpecs.IDENTITY_REGISTRY, 2)) {
            for (CleanedRows.Cleaned c = rows.next(); c != null; c = rows.next()) {
                numbers.add(c.row().number());
                if (!c.fields().ok()) {
                    bad++;
                    assertThat(c.fields().problem().column()).isEqualTo("id_number");
                }
            }
        }
        assertThat(numbers).hasSize(10_000).isSorted();
        assertThat(bad).isGreaterThanOrEqualTo(10);
    }

    @Test
    void anErrorOfTheReadingThreadIsThrownToTheCallerInsteadOfLeavingItWaiting() {
        RowReader failing = new RowReader() {
            private final Columns columns = new Columns(List.of("id_number", "name"));

            @Override
            public Columns columns() {
                return columns;
            }

            @Override
            public Row next() {
                throw new OutOfMemoryError("simulated");
            }

            @Override
            public void close() {}
        };
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (CleanedRows rows = new CleanedRows(failing, DatasetSpecs.IDENTITY_REGISTRY, 2)) {
                assertThatThrownBy(rows::next).isInstanceOf(OutOfMemoryError.class);
            }
        });
    }

    @Test
    void aReadErrorIsThrownInItsPlaceAfterTheRowsBeforeIt() throws IOException {
        // a quoted field that never ends: the reader fails after the good first row
        String csv = "id_number,name\n110101199001010111,a\n110101199001010111,\"open\n";
        try (CleanedRows rows = new CleanedRows(CsvRowReader.of(csv), DatasetSpecs.IDENTITY_REGISTRY, 2)) {
            assertThatThrownBy(() -> {
                        while (rows.next() != null) {
                            // drain
                        }
                    })
                    .isInstanceOf(IOException.class);
        }
    }
}
