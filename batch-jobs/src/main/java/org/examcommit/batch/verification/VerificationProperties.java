package org.examcommit.batch.verification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the nightly verification ({@code examcommit.verification.*}).
 *
 * @param chunkSize applications per transaction (default 8000; measured: fewer, larger chunks cost PostgreSQL less)
 * @param fetchSize rows the reader's cursor fetches per round trip (default 8000)
 * @param skipLimit applications whose processing may fail and be quarantined before the job fails (default 100)
 * @param rulesLocation where eligibility-rules.csv is read from, as a Spring resource location
 *     (default {@code classpath:eligibility-rules.csv}; e.g. {@code file:/etc/examcommit/eligibility-rules.csv})
 * @param progressInterval how often a long step logs its progress (default 10 s)
 * @param readerThreads parts the night is read in at once, each with its own cursor, database connection and
 *     thread (default 2: on 2 cores one cursor left a core idle while the database or the row mapping waited
 *     for the other)
 */
@ConfigurationProperties("examcommit.verification")
public record VerificationProperties(
        Integer chunkSize,
        Integer fetchSize,
        Integer skipLimit,
        String rulesLocation,
        Duration progressInterval,
        Integer readerThreads) {

    public VerificationProperties {
        chunkSize = positive(chunkSize, 8000, "chunk-size");
        fetchSize = positive(fetchSize, 8000, "fetch-size");
        skipLimit = skipLimit == null ? 100 : skipLimit;
        if (skipLimit < 0) {
            throw new IllegalArgumentException("examcommit.verification.skip-limit: must not be negative");
        }
        rulesLocation =
                rulesLocation == null || rulesLocation.isBlank() ? "classpath:eligibility-rules.csv" : rulesLocation;
        progressInterval = progressInterval == null ? Duration.ofSeconds(10) : progressInterval;
        readerThreads = positive(readerThreads, 2, "reader-threads");
    }

    private static int positive(Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("examcommit.verification." + name + ": must be at least 1");
        }
        return value;
    }
}
