package org.examcommit.schedules.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an exported CSV (RFC 4180) into rows of fields, for row-by-row comparison, with commons-csv: the
 * parser the platform reads bundles with (batch-jobs' CsvRowReader), not a second hand-written one.
 */
final class ExportedCsv {

    private ExportedCsv() {}

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record, the header included, as its list of fields. */
    static List<List<String>> rows(Path file) {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same for CSV text a command printed (e.g. {@code status --csv}). */
    static List<List<String>> rows(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows with one column left out (by header name), e.g. a free-text reason. */
    static List<List<String>> without(List<List<String>> rows, String column) {
        int index = rows.get(0).indexOf(column);
        return rows.stream()
                .map(r -> {
                    List<String> copy = new ArrayList<>(r);
                    copy.remove(index);
                    return (List<String>) copy;
                })
                .toList();
    }
}
