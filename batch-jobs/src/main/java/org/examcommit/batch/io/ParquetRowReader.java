package org.examcommit.batch.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * A Parquet dataset: one {@code .parquet} file, or a folder of part files read in name order (hidden
 * files and Spark's {@code _SUCCESS} markers skipped). Values become the text a CSV would carry: dates
 * ISO {@code yyyy-MM-dd}, timestamps ISO-8601 in UTC with offset, booleans {@code true}/{@code false},
 * lists joined by {@code ;}. Columns are those of the first part file.
 */
public final class ParquetRowReader implements RowReader {

    private final Iterator<Path> files;
    private final Columns columns;
    private final long totalRows;
    private ParquetReader<Group> current;
    private long rowNumber;

    private ParquetRowReader(List<Path> files, Columns columns, long totalRows) {
        this.files = files.iterator();
        this.columns = columns;
        this.totalRows = totalRows;
    }

    public static ParquetRowReader open(Path fileOrFolder) throws IOException {
        List<Path> parts = partFiles(fileOrFolder);
        List<String> names = new ArrayList<>();
        long total = 0;
        for (Path part : parts) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(part))) {
                if (names.isEmpty()) {
                    for (Type field :
                            reader.getFooter().getFileMetaData().getSchema().getFields()) {
                        names.add(field.getName());
                    }
                }
                total += reader.getRecordCount();
            }
        }
        return new ParquetRowReader(parts, new Columns(names), total);
    }

    /** The part files of a dataset in name order (the path itself when it is a file). */
    public static List<Path> partFiles(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> list = Files.list(fileOrFolder)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return !n.startsWith(".") && !n.startsWith("_") && !n.endsWith(".crc");
                    })
                    .sorted()
                    .toList();
        }
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public double fractionRead() {
        return totalRows <= 0 ? -1 : (double) rowNumber / totalRows;
    }

    @Override
    public Row next() throws IOException {
        while (true) {
            if (current == null) {
                if (!files.hasNext()) {
                    return null;
                }
                current = new GroupReaderBuilder(new LocalInputFile(files.next())).build();
            }
            Group group = current.read();
            if (group != null) {
                rowNumber++;
                return new Row(rowNumber, columns, values(group));
            }
            current.close();
            current = null;
        }
    }

    private String[] values(Group group) {
        GroupType type = group.getType();
        String[] values = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.names().get(i);
            if (!type.containsField(name)) {
                continue;
            }
            int field = type.getFieldIndex(name);
            values[i] = text(group, field, type.getType(field));
        }
        return values;
    }

    private static String text(Group group, int field, Type type) {
        int count = group.getFieldRepetitionCount(field);
        if (count == 0) {
            return null;
        }
        if (!type.isPrimitive()) {
            StringJoiner joined = new StringJoiner(";");
            collectLeaves(group.getGroup(field, 0), joined);
            return joined.toString();
        }
        if (count == 1) {
            return primitive(group, field, 0, type.asPrimitiveType());
        }
        StringJoiner joined = new StringJoiner(";");
        for (int i = 0; i < count; i++) {
            joined.add(primitive(group, field, i, type.asPrimitiveType()));
        }
        return joined.toString();
    }

    /** A LIST (or any nested group) as its leaf values in order. */
    private static void collectLeaves(Group group, StringJoiner out) {
        GroupType type = group.getType();
        for (int f = 0; f < type.getFieldCount(); f++) {
            for (int i = 0; i < group.getFieldRepetitionCount(f); i++) {
                Type t = type.getType(f);
                if (t.isPrimitive()) {
                    out.add(primitive(group, f, i, t.asPrimitiveType()));
                } else {
                    collectLeaves(group.getGroup(f, i), out);
                }
            }
        }
    }

    private static String primitive(Group group, int field, int index, PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        switch (type.getPrimitiveTypeName()) {
            case BOOLEAN:
                return Boolean.toString(group.getBoolean(field, index));
            case INT32: {
                int v = group.getInteger(field, index);
                if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
                    return LocalDate.ofEpochDay(v).toString();
                }
                if (logical instanceof DecimalLogicalTypeAnnotation d) {
                    return BigDecimal.valueOf(v, d.getScale()).toPlainString();
                }
                return Integer.toString(v);
            }
            case INT64: {
                long v = group.getLong(field, index);
                if (logical instanceof TimestampLogicalTypeAnnotation ts) {
                    return timestamp(v, ts);
                }
                if (logical instanceof DecimalLogicalTypeAnnotation d) {
                    return BigDecimal.valueOf(v, d.getScale()).toPlainString();
                }
                return Long.toString(v);
            }
            case INT96:
                return int96(group.getInt96(field, index));
            case FLOAT:
                return Float.toString(group.getFloat(field, index));
            case DOUBLE:
                return Double.toString(group.getDouble(field, index));
            default: {
                Binary b = group.getBinary(field, index);
                if (logical instanceof DecimalLogicalTypeAnnotation d) {
                    return new BigDecimal(new BigInteger(b.getBytes()), d.getScale()).toPlainString();
                }
                return b.toStringUsingUTF8();
            }
        }
    }

    private static String timestamp(long v, TimestampLogicalTypeAnnotation ts) {
        Instant instant = switch (ts.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(v);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
        };
        if (ts.isAdjustedToUTC()) {
            return instant.atOffset(ZoneOffset.UTC).toString();
        }
        // a local timestamp carries no offset; it is shown as such and fails a check that needs one
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    /** Spark's legacy timestamp: 8 bytes nanoseconds of the day, then 4 bytes Julian day, little-endian. */
    private static String int96(Binary b) {
        ByteBuffer buf = ByteBuffer.wrap(b.getBytes()).order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = buf.getLong();
        int julianDay = buf.getInt();
        long epochDay = julianDay - 2_440_588L;
        long seconds = TimeUnit.DAYS.toSeconds(epochDay) + nanosOfDay / 1_000_000_000L;
        return Instant.ofEpochSecond(seconds, nanosOfDay % 1_000_000_000L)
                .atOffset(ZoneOffset.UTC)
                .toString();
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** ParquetReader's builder needs a read support; the example Group model is enough for flat rows. */
    private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {
        GroupReaderBuilder(InputFile file) {
            super(file);
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}
