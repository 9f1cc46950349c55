package org.examcommit.batch.bundle;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What one dataset of the bundle is (DATA-CONTRACT §1), declared rather than coded: its columns (each
 * with how a value is read and checked), its key, what it references, whether it is an authority
 * snapshot, and the SQL that moves the staged rows ({@code stage_<dataset>}, all text) into the real
 * table. SQL may use {@code :runDate}. {@link DatasetSpecs} lists every one; {@link DatasetLoader}
 * reads them.
 */
record DatasetSpec(
        String name,
        List<Column> columns,
        List<String> keyColumns,
        Reference reference,
        String referenceColumn,
        boolean snapshot,
        RowCheck rowCheck,
        List<String> applySql) {

    /** Which earlier dataset a row's reference column must name. */
    enum Reference {
        NONE,
        CANDIDATE,
        APPLICATION
    }

    /** How a column's value is read: the {@link FieldReader} method of the same name. */
    enum Kind {
        IDENTIFIER(true),
        OPTIONAL_IDENTIFIER(false),
        ID_NUMBER(true),
        TEXT(true),
        PHONE(true),
        PROVINCE(true),
        CREDIT_CODE(true),
        CODE(true),
        OPTIONAL_CODE(false),
        INTEGER(true),
        BOOL(true),
        DATE(true),
        OPTIONAL_DATE(false),
        TIMESTAMP(true),
        OPTIONAL_TIMESTAMP(false);

        /** A required column must be in the file; an optional one may be absent or empty. */
        final boolean required;

        Kind(boolean required) {
            this.required = required;
        }
    }

    /** One staged column: its name, how it is read, its code list (codes) or bounds (integers). */
    record Column(String name, Kind kind, Set<String> codes, int min, int max) {

        static Column of(String name, Kind kind) {
            return new Column(name, kind, Set.of(), 0, 0);
        }

        static Column code(String name, Set<String> codes) {
            return new Column(name, Kind.CODE, codes, 0, 0);
        }

        static Column optionalCode(String name, Set<String> codes) {
            return new Column(name, Kind.OPTIONAL_CODE, codes, 0, 0);
        }

        static Column integer(String name, int min, int max) {
            return new Column(name, Kind.INTEGER, Set.of(), min, max);
        }

        /** The cleaned value as staged text (null when absent or broken; the reader then holds why). */
        String read(FieldReader f) {
            return text(
                    switch (kind) {
                        case IDENTIFIER -> f.identifier(name);
                        case OPTIONAL_IDENTIFIER -> f.optionalIdentifier(name);
                        case ID_NUMBER -> f.idNumber(name);
                        case TEXT -> f.text(name);
                        case PHONE -> f.phone(name);
                        case PROVINCE -> f.province(name);
                        case CREDIT_CODE -> f.creditCode(name);
                        case CODE -> f.code(name, codes);
                        case OPTIONAL_CODE -> f.optionalCode(name, codes);
                        case INTEGER -> f.integer(name, min, max);
                        case BOOL -> f.bool(name);
                        case DATE -> f.date(name);
                        case OPTIONAL_DATE -> f.optionalDate(name);
                        case TIMESTAMP -> f.timestamp(name);
                        case OPTIONAL_TIMESTAMP -> f.optionalTimestamp(name);
                    });
        }
    }

    /** A rule across columns, run once every column read cleanly; it calls {@link FieldReader#fail}. */
    interface RowCheck {
        RowCheck NONE = (values, f) -> {};

        void check(String[] values, FieldReader f);

        /** An end date, when given, is not before the start date (both columns of {@code columns}). */
        static RowCheck endNotBeforeStart(List<Column> columns, String start, String end) {
            List<String> names = columns.stream().map(Column::name).toList();
            int startIndex = names.indexOf(start);
            int endIndex = names.indexOf(end);
            return (values, f) -> {
                if (values[endIndex] != null
                        && LocalDate.parse(values[endIndex]).isBefore(LocalDate.parse(values[startIndex]))) {
                    f.fail(end, end + " is before " + start);
                }
            };
        }
    }

    /** Columns a file must have; a missing one refuses the whole file. */
    List<String> requiredColumns() {
        return columns.stream().filter(c -> c.kind().required).map(Column::name).toList();
    }

    /** The staged columns, in the order {@link #clean} returns them. */
    List<String> stageColumns() {
        return columns.stream().map(Column::name).toList();
    }

    /** The cleaned values, or null when the row breaks a rule (the reader then holds the problem). */
    String[] clean(FieldReader f) {
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).read(f);
        }
        if (f.ok()) {
            rowCheck.check(values, f);
        }
        return f.ok() ? values : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
