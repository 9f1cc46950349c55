package org.examcommit.batch.bundle;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.examcommit.batch.io.Row;
import org.examcommit.contract.privacy.Masking;

/** A bundle row as CSV text, in the file's column order: as it came, or with id_number and phone masked (§5). */
final class RecordText {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private RecordText() {}

    static String raw(Row row) {
        return FORMAT.format((Object[]) row.values());
    }

    static String masked(Row row) {
        String[] values = row.values();
        List<String> names = row.columns().names();
        for (int i = 0; i < values.length; i++) {
            values[i] = mask(names.get(i), values[i]);
        }
        return FORMAT.format((Object[]) values);
    }

    /** The header line of a file (the record of a file refused for a missing column). */
    static String header(List<String> columns) {
        return FORMAT.format(columns.toArray());
    }

    static String mask(String column, String value) {
        if (value == null) {
            return null;
        }
        return switch (column) {
            case "id_number" -> Masking.idNumber(value);
            case "phone" -> Masking.phone(value);
            default -> value;
        };
    }
}
