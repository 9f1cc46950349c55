package org.examcommit.batch.io;

import java.io.IOException;

/** Reads the rows of one dataset in file order. */
public interface RowReader extends AutoCloseable {

    /** The dataset's columns, known once the reader is open. */
    Columns columns();

    /** The next row, or null after the last one. */
    Row next() throws IOException;

    @Override
    void close() throws IOException;
}
