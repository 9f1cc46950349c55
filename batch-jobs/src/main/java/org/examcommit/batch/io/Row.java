package org.examcommit.batch.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of a dataset: its number (1 = first data row, in file order) and its values as text,
 * null where the field was empty (CSV) or null (Parquet). Values are as they came, not trimmed.
 */
public final class Row {

    private final long number;
    private final Columns columns;
    private final String[] values;

    public Row(long number, Columns columns, String[] values) {
        this.number = number;
        this.columns = columns;
        this.values = values;
    }

    public long number() {
        return number;
    }

    public Columns columns() {
        return columns;
    }

    /** The value of a column, or null when it is empty or the dataset has no such column. */
    public String get(String column) {
        return get(columns.indexOf(column));
    }

    /** The value at a position, or null when empty or out of range (a short CSV line). */
    public String get(int index) {
        return index >= 0 && index < values.length ? values[index] : null;
    }

    /** The values in column order (a copy). */
    public String[] values() {
        String[] copy = new String[columns.size()];
        System.arraycopy(values, 0, copy, 0, Math.min(values.length, copy.length));
        return copy;
    }

    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            map.put(columns.names().get(i), get(i));
        }
        return map;
    }
}
