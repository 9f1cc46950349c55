package org.examcommit.registration.commitment;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of the commitment text (table commitment_texts). The versions known are held in memory once
 * seen, so a submission on the busiest path of the registration window needs no extra round trip; a version
 * not seen yet is looked up (a new version added to the table is found at its first use).
 */
@Repository
public class CommitmentTexts {

    private static final String COLUMNS = "SELECT version, title, body, effective_from FROM commitment_texts";
    private static final String ONE = COLUMNS + " WHERE version = ?";
    private static final String CURRENT =
            COLUMNS + " WHERE effective_from <= ? ORDER BY effective_from DESC, version DESC LIMIT 1";

    private final JdbcClient jdbc;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    CommitmentTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One version of the text. */
    public record CommitmentText(String version, String title, String body, Instant effectiveFrom) {}

    /**
     * Whether the version exists and is in force at {@code now} (its effective_from has come: a text
     * published ahead of its date cannot be signed yet). Versions once in force are remembered.
     */
    public boolean inForce(String version, Instant now) {
        if (known.contains(version)) {
            return true;
        }
        boolean inForce =
                find(version).filter(t -> !t.effectiveFrom().isAfter(now)).isPresent();
        if (inForce) {
            known.add(version);
        }
        return inForce;
    }

    public Optional<CommitmentText> find(String version) {
        return jdbc.sql(ONE).param(version).query(CommitmentTexts::text).optional();
    }

    /** The text in force at {@code now}: the latest whose effective_from has come. */
    public Optional<CommitmentText> current(Instant now) {
        return jdbc.sql(CURRENT)
                .param(java.sql.Timestamp.from(now))
                .query(CommitmentTexts::text)
                .optional();
    }

    private static CommitmentText text(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CommitmentText(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant());
    }
}
