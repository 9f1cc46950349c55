package org.examcommit.registration.officer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.examcommit.registration.application.Applications;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers' notes on an application: for officers only, never part of what a candidate reads. */
@Repository
class OfficerNotes {

    private static final String INSERT = """
            INSERT INTO officer_notes (application_id, officer, body, created_at) VALUES (?, ?, ?, ?)
            RETURNING note_id, application_id, officer, body, created_at
            """;
    private static final String OF_APPLICATION = """
            SELECT note_id, application_id, officer, body, created_at FROM officer_notes
             WHERE application_id = ? ORDER BY note_id
            """;

    private final JdbcClient jdbc;
    private final Applications applications;

    OfficerNotes(JdbcClient jdbc, Applications applications) {
        this.jdbc = jdbc;
        this.applications = applications;
    }

    /** A note as officers read it. */
    record Note(long noteId, String applicationId, String officer, String text, Instant createdAt) {}

    Note add(String officer, String applicationId, String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw RuleViolationException.badInput("text", "note.text-required", "A note needs a text");
        }
        requireApplication(applicationId);
        return jdbc.sql(INSERT)
                .params(applicationId, officer, text.strip(), Timestamp.from(now))
                .query(OfficerNotes::note)
                .single();
    }

    List<Note> of(String applicationId) {
        requireApplication(applicationId);
        return jdbc.sql(OF_APPLICATION)
                .param(applicationId)
                .query(OfficerNotes::note)
                .list();
    }

    private void requireApplication(String applicationId) {
        applications
                .find(applicationId, false)
                .orElseThrow(() -> RuleViolationException.notFound("id", "No application with this id"));
    }

    private static Note note(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Note(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }
}
