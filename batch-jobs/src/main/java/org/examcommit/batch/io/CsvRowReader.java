package org.examcommit.batch.io;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV dataset (RFC 4180, UTF-8, header row, empty field = null). Lines without a quote are split by
 * hand, which is what makes the 100-million-row social-insurance file fast; a line with a quote is
 * gathered with its continuation lines (a quoted field may hold line breaks) and parsed by commons-csv.
 */
public final class CsvRowReader implements RowReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final int BUFFER_CHARS = 1 << 20;

    private final BufferedReader in;
    private final Columns columns;
    private final CountingInputStream counter;
    private final long size;
    private long rowNumber;

    private CsvRowReader(BufferedReader in, CountingInputStream counter, long size) throws IOException {
        this.in = in;
        this.counter = counter;
        this.size = size;
        String[] header = readRecord();
        if (header == null) {
            throw new IOException("empty CSV file: no header row");
        }
        List<String> names = new ArrayList<>(header.length);
        for (String name : header) {
            names.add(name == null ? "" : name.strip());
        }
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        this.columns = new Columns(names);
    }

    /** Opens a UTF-8 CSV file; malformed UTF-8 fails the read rather than being replaced silently. */
    public static CsvRowReader open(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
        BufferedReader reader = new BufferedReader(new InputStreamReader(counter, decoder), BUFFER_CHARS);
        try {
            return new CsvRowReader(reader, counter, Files.size(file));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Reads CSV text (tests and small inputs). */
    public static CsvRowReader of(String text) throws IOException {
        return new CsvRowReader(new BufferedReader(new StringReader(text)), null, -1);
    }

    @Override
    public double fractionRead() {
        return counter == null || size <= 0 ? -1 : (double) counter.count / size;
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public Row next() throws IOException {
        String[] values = readRecord();
        if (values == null) {
            return null;
        }
        rowNumber++;
        return new Row(rowNumber, columns, values);
    }

    private String[] readRecord() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                return null;
            }
        } while (line.isEmpty());
        if (line.indexOf('"') < 0) {
            return split(line);
        }
        return parseQuoted(line);
    }

    /** Splits an unquoted line on commas; an empty field is null. */
    static String[] split(String line) {
        int fields = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                fields++;
            }
        }
        String[] values = new String[fields];
        int start = 0;
        for (int f = 0; f < fields; f++) {
            int end = line.indexOf(',', start);
            if (end < 0) {
                end = line.length();
            }
            values[f] = end == start ? null : line.substring(start, end);
            start = end + 1;
        }
        return values;
    }

    private String[] parseQuoted(String firstLine) throws IOException {
        StringBuilder text = new StringBuilder(firstLine);
        int quotes = count(firstLine);
        while (quotes % 2 != 0) {
            String more = in.readLine();
            if (more == null) {
                throw new IOException("CSV ends inside a quoted field");
            }
            text.append('\n').append(more);
            quotes += count(more);
        }
        try (CSVParser parser = CSVParser.parse(text.toString(), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return new String[0];
            }
            String[] values = records.get(0).values();
            return Arrays.stream(values)
                    .map(v -> v == null || v.isEmpty() ? null : v)
                    .toArray(String[]::new);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException("malformed quoted CSV record after data row " + rowNumber + ": " + e.getMessage(), e);
        }
    }

    private static int count(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Counts the bytes handed to the decoder (a little ahead of the rows returned: good enough for progress). */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
