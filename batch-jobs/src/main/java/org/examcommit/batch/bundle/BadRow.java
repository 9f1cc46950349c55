package org.examcommit.batch.bundle;

import org.examcommit.batch.io.Row;

/** A quarantined row: where it was, which rule it broke, and its text masked and as it came. */
record BadRow(long rowNumber, String column, String reason, String maskedRecord, String rawRecord) {

    static BadRow of(Row row, Problem problem) {
        return new BadRow(
                row.number(), problem.column(), problem.reason(), RecordText.masked(row), RecordText.raw(row));
    }
}
