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
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
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
    public enum Type {
        STRING,
        INT,
        LONG,
        DOUBLE,
        BOOLEAN,
        DATE,
        TIMESTAMP,
        STRING_ARRAY
    }

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
    private final ParquetWriter<Object[]> writer;
    private long rows;

    private ParquetTableWriter(List<Column> columns, ParquetWriter<Object[]> writer) {
        this.columns = List.copyOf(columns);
        this.writer = writer;
    }

    /** Creates (or overwrites) {@code file} with the given columns. */
    public static ParquetTableWriter create(Path file, List<Column> columns) throws IOException {
        ParquetWriter<Object[]> writer = new RowsBuilder(new LocalOutputFile(file), columns)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
        return new ParquetTableWriter(columns, writer);
    }

    /** The Parquet schema of a list of columns (message name {@code row}). */
    public static MessageType schema(List<Column> columns) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column c : columns) {
            switch (c.type()) {
                case STRING ->
                    message.optional(PrimitiveTypeName.BINARY)
                            .as(LogicalTypeAnnotation.stringType())
                            .named(c.name());
                case INT -> message.optional(PrimitiveTypeName.INT32).named(c.name());
                case LONG -> message.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case BOOLEAN -> message.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                case DATE ->
                    message.optional(PrimitiveTypeName.INT32)
                            .as(LogicalTypeAnnotation.dateType())
                            .named(c.name());
                case TIMESTAMP ->
                    message.optional(PrimitiveTypeName.INT64)
                            .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS))
                            .named(c.name());
                case STRING_ARRAY ->
                    message.addField(Types.optionalList()
                            .optionalElement(PrimitiveTypeName.BINARY)
                            .as(LogicalTypeAnnotation.stringType())
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
        writer.write(values);
        rows++;
    }

    public long rowsWritten() {
        return rows;
    }

    /**
     * Hands each row's values straight to Parquet's record consumer: no intermediate record object and no
     * lookup of a field by name per value, which cost more than the encoding itself on a million rows.
     */
    private static final class RowWriteSupport extends WriteSupport<Object[]> {

        private final List<Column> columns;
        private final MessageType schema;
        private RecordConsumer out;

        RowWriteSupport(List<Column> columns) {
            this.columns = List.copyOf(columns);
            this.schema = schema(columns);
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(Object[] values) {
            out.startMessage();
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v != null) {
                    Column column = columns.get(i);
                    out.startField(column.name(), i);
                    try {
                        add(column.type(), v);
                    } catch (ClassCastException e) {
                        throw new IllegalArgumentException(
                                "column " + column.name() + " (" + column.type() + ") cannot take a "
                                        + v.getClass().getSimpleName(),
                                e);
                    }
                    out.endField(column.name(), i);
                }
            }
            out.endMessage();
        }

        private void add(Type type, Object v) {
            switch (type) {
                case STRING -> out.addBinary(Binary.fromString(v.toString()));
                case INT -> out.addInteger(((Number) v).intValue());
                case LONG -> out.addLong(((Number) v).longValue());
                case DOUBLE -> out.addDouble(((Number) v).doubleValue());
                case BOOLEAN -> out.addBoolean((Boolean) v);
                case DATE -> out.addInteger((int) ((LocalDate) v).toEpochDay());
                case TIMESTAMP -> {
                    Instant instant = v instanceof OffsetDateTime o ? o.toInstant() : (Instant) v;
                    out.addLong(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
                }
                case STRING_ARRAY -> addList(v instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) v);
            }
        }

        /** The standard three-level LIST: {@code <name> { repeated group list { optional element } }}. */
        private void addList(Collection<?> items) {
            out.startGroup();
            if (!items.isEmpty()) {
                out.startField("list", 0);
                for (Object item : items) {
                    out.startGroup();
                    if (item != null) {
                        out.startField("element", 0);
                        out.addBinary(Binary.fromString(item.toString()));
                        out.endField("element", 0);
                    }
                    out.endGroup();
                }
                out.endField("list", 0);
            }
            out.endGroup();
        }
    }

    private static final class RowsBuilder extends ParquetWriter.Builder<Object[], RowsBuilder> {

        private final List<Column> columns;

        RowsBuilder(OutputFile file, List<Column> columns) {
            super(file);
            this.columns = columns;
        }

        @Override
        protected RowsBuilder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration configuration) {
            return new RowWriteSupport(columns);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
