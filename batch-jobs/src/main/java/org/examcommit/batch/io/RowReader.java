package org.examcommit.batch.io;

import java.io.IOException;

/** Reads the rows of one dataset in file order. */
public interface RowReader extends AutoCloseable {

    /** The dataset's columns, known once the reader is open. */
    Columns columns();

    /** The next row, or null after the last one. */
    Row next() throws IOException;

    /** The share of the dataset read so far (0..1), or a negative number when unknown; for progress logs. */
    default double fractionRead() {
        return -1;
    }

    @Override
    void close() throws IOException;
}
