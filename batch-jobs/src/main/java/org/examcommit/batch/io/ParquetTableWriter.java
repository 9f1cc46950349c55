package org.examcommit.batch.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes flat rows to one Parquet file (Snappy), every column nullable. Types map to what Spark reads
 * natively: STRING = UTF-8 binary, INT = int32, LONG = int64, DOUBLE, BOOLEAN, DATE = int32 date,
 * TIMESTAMP = int64 microseconds UTC, STRING_ARRAY = a standard 3-level LIST of strings.
 *
 * <pre>{@code
 * try (ParquetTableWriter w = ParquetTableWriter.create(file, List.of(
 *         Column.of("application_id", Type.STRING), Column.of("reasons", Type.STRING_ARRAY)))) {
 *     w.write("A1", List.of("IDENTITY_FAIL"));
 * }
 * }</pre>
 */
public final class ParquetTableWriter implements AutoCloseable {

    /** The column types the writer supports. */
    public enum Type { STRING, INT, LONG, DOUBLE, BOOLEAN, DATE, TIMESTAMP, STRING_ARRAY }

    /** A column: its name and type. */
    public record Column(String name, Type type) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        public static Column of(String name, Type type) {
            return new Column(name, type);
        }
    }

    private final List<Column> columns;
    private final SimpleGroupFactory groups;
    private final ParquetWriter<Group> writer;
    private long rows;

    private ParquetTableWriter(List<Column> columns, MessageType schema, ParquetWriter<Group> writer) {
        this.columns = List.copyOf(columns);
        this.groups = new SimpleGroupFactory(schema);
        this.writer = writer;
    }

    /** Creates (or overwrites) {@code file} with the given columns. */
    public static ParquetTableWriter create(Path file, List<Column> columns) throws IOException {
        MessageType schema = schema(columns);
        ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
        return new ParquetTableWriter(columns, schema, writer);
    }

    /** The Parquet schema of a list of columns (message name {@code row}). */
    public static MessageType schema(List<Column> columns) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column c : columns) {
            switch (c.type()) {
                case STRING -> message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
                case INT -> message.optional(PrimitiveTypeName.INT32).named(c.name());
                case LONG -> message.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case BOOLEAN -> message.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                case DATE -> message.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(c.name());
                case TIMESTAMP -> message.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named(c.name());
                case STRING_ARRAY -> message.addField(Types.optionalList()
                        .optionalElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(c.name()));
            }
        }
        return message.named("row");
    }

    /**
     * Writes one row, values in column order; null leaves a field empty. Accepted values: String (any
     * column's text for STRING), Number, Boolean, LocalDate, Instant or OffsetDateTime, and a
     * Collection or array of strings for STRING_ARRAY.
     */
    public void write(Object... values) throws IOException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        Group group = groups.newGroup();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v != null) {
                add(group, columns.get(i), v);
            }
        }
        writer.write(group);
        rows++;
    }

    public long rowsWritten() {
        return rows;
    }

    private static void add(Group group, Column column, Object v) {
        String name = column.name();
        try {
            switch (column.type()) {
                case STRING -> group.add(name, v.toString());
                case INT -> group.add(name, ((Number) v).intValue());
                case LONG -> group.add(name, ((Number) v).longValue());
                case DOUBLE -> group.add(name, ((Number) v).doubleValue());
                case BOOLEAN -> group.add(name, (Boolean) v);
                case DATE -> group.add(name, (int) ((LocalDate) v).toEpochDay());
                case TIMESTAMP -> {
                    Instant instant = v instanceof OffsetDateTime o ? o.toInstant() : (Instant) v;
                    group.add(name, ChronoUnit.MICROS.between(Instant.EPOCH, instant));
                }
                case STRING_ARRAY -> {
                    Collection<?> items = v instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) v;
                    Group list = group.addGroup(name);
                    for (Object item : items) {
                        Group element = list.addGroup("list");
                        if (item != null) {
                            element.add("element", item.toString());
                        }
                    }
                }
            }
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("column " + name + " (" + column.type() + ") cannot take a "
                    + v.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
