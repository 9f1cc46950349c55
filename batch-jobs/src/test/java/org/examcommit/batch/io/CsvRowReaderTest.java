package org.examcommit.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowReaderTest {

    @Test
    void readsHeaderAndNumbersDataRowsFromOne() throws IOException {
        try (CsvRowReader reader = CsvRowReader.of("a,b\n1,2\n3,4\n")) {
            assertThat(reader.columns().names()).containsExactly("a", "b");
            Row first = reader.next();
            Row second = reader.next();
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.get("a")).isEqualTo("1");
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.get("b")).isEqualTo("4");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void emptyFieldsAreNullAndLeadingZerosStay() throws IOException {
        try (CsvRowReader reader = CsvRowReader.of("a,b,c\n007,,\"\"\n")) {
            Row row = reader.next();
            assertThat(row.get("a")).isEqualTo("007");
            assertThat(row.get("b")).isNull();
            assertThat(row.get("c")).isNull();
            assertThat(row.get("missing")).isNull();
        }
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        String text = "id,summary\n1,\"said \"\"no\"\", then, left\"\n2,\"two\nlines\"\n3,plain\n";
        try (CsvRowReader reader = CsvRowReader.of(text)) {
            assertThat(reader.next().get("summary")).isEqualTo("said \"no\", then, left");
            Row two = reader.next();
            assertThat(two.get("summary")).isEqualTo("two\nlines");
            assertThat(two.number()).isEqualTo(2);
            Row three = reader.next();
            assertThat(three.get("summary")).isEqualTo("plain");
            assertThat(three.number()).isEqualTo(3);
        }
    }

    @Test
    void readsUtf8FileWithByteOrderMarkAndCrLf(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("candidates.csv");
        Files.writeString(file, "\uFEFFname,phone\r\n张三,13800138000\r\n", StandardCharsets.UTF_8);
        try (RowReader reader = Datasets.open(dir, "candidates").orElseThrow()) {
            assertThat(reader.columns().names()).containsExactly("name", "phone");
            Row row = reader.next();
            assertThat(row.get("name")).isEqualTo("张三");
            assertThat(row.get("phone")).isEqualTo("13800138000");
        }
    }

    @Test
    void missingDatasetIsEmpty(@TempDir Path dir) throws IOException {
        assertThat(Datasets.open(dir, "education")).isEmpty();
    }
}
