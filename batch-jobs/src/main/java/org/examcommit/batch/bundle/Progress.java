package org.examcommit.batch.bundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the progress of a long read at most every ten seconds: rows done, rows/s, and time left when known. */
final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final long EVERY_NANOS = 10_000_000_000L;

    private final String dataset;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long lastLog = start;

    Progress(String dataset) {
        this(dataset, false);
    }

    private Progress(String dataset, boolean quiet) {
        this.dataset = dataset;
        this.quiet = quiet;
    }

    /** Progress that logs nothing: for a read ahead of its step, whose lines would interleave with another dataset's. */
    static Progress quiet(String dataset) {
        return new Progress(dataset, true);
    }

    /** Called per row; cheap unless a log line is due. {@code fraction} is the share read, or negative if unknown. */
    void rows(long done, double fraction) {
        if (quiet || (done & 0xFFFF) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastLog < EVERY_NANOS) {
            return;
        }
        lastLog = now;
        double seconds = (now - start) / 1e9;
        long rate = Math.round(done / seconds);
        if (fraction > 0 && fraction < 1) {
            long left = Math.round(seconds * (1 - fraction) / fraction);
            log.info("{}: {} rows read, {} rows/s, about {} s left", dataset, done, rate, left);
        } else {
            log.info("{}: {} rows read, {} rows/s", dataset, done, rate);
        }
    }

    /** Logs the totals of the finished dataset. */
    void done(long loaded, long quarantined) {
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
        log.info(
                "{}: {} rows loaded, {} quarantined in {} s ({} rows/s)",
                dataset,
                loaded,
                quarantined,
                String.format("%.1f", seconds),
                Math.round((loaded + quarantined) / seconds));
    }
}
