package org.examcommit.registration.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.examcommit.registration.exam.ExamWindow;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads applications with their province's window, and moves them from state to state with a reason. */
@Repository
public class Applications {

    private static final String SELECT = """
            SELECT a.application_id, a.candidate_id, a.exam_code, a.exam_year, a.level, a.province_code, a.commitment,
                   a.committed_at, a.withdrawn_at, a.submitted_at, a.paid_at, a.status,
                   w.registration_opens, w.registration_closes, w.payment_deadline, w.onsite_verification_deadline,
                   w.exam_starts, w.exam_ends
              FROM applications a
              LEFT JOIN exam_windows w
                ON w.exam_code = a.exam_code AND w.exam_year = a.exam_year AND w.province_code = a.province_code
            """;
    private static final String BY_ID = SELECT + " WHERE a.application_id = ?";
    private static final String BY_ID_FOR_UPDATE = BY_ID + " FOR UPDATE OF a";
    private static final String OWNED = SELECT + " WHERE a.application_id = ? AND a.candidate_id = ?";
    private static final String OWNED_FOR_UPDATE = OWNED + " FOR UPDATE OF a";
    private static final String OF_CANDIDATE =
            SELECT + " WHERE a.candidate_id = ? ORDER BY a.submitted_at, a.application_id";
    private static final String HISTORY = """
            SELECT status, reason, actor, at FROM application_events WHERE application_id = ? ORDER BY event_id
            """;
    private static final String SET_STATUS = """
            UPDATE applications SET status = ?, updated_at = ? WHERE application_id = ?
            """;
    private static final String INSERT_EVENT = """
            INSERT INTO application_events (application_id, status, reason, actor, at) VALUES (?, ?, ?, ?, ?)
            """;

    private final JdbcClient jdbc;

    Applications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An application and its province's window (null when the catalogue has none for it). */
    public record Located(Application application, ExamWindow window) {

        /** The window, or a refusal naming the missing window. */
        public ExamWindow requireWindow() {
            if (window == null) {
                throw RuleViolationException.refused(
                        "provinceCode",
                        "exam.window-unknown",
                        "The exam catalogue has no window for " + application.examCode() + " " + application.examYear()
                                + " province " + application.provinceCode());
            }
            return window;
        }
    }

    /** A step of the status timeline. */
    public record Event(ApplicationStatus status, String reason, String actor, Instant at) {}

    /** Any application (for officers); {@code forUpdate} locks it until the transaction ends. */
    public Optional<Located> find(String applicationId, boolean forUpdate) {
        return jdbc.sql(forUpdate ? BY_ID_FOR_UPDATE : BY_ID)
                .param(applicationId)
                .query(Applications::located)
                .optional();
    }

    /** The candidate's own application; another candidate's is reported as missing, never as forbidden. */
    public Located owned(String candidateId, String applicationId, boolean forUpdate) {
        return jdbc.sql(forUpdate ? OWNED_FOR_UPDATE : OWNED)
                .param(applicationId)
                .param(candidateId)
                .query(Applications::located)
                .optional()
                .orElseThrow(() -> RuleViolationException.notFound("id", "You have no application with this id"));
    }

    public List<Application> ofCandidate(String candidateId) {
        return jdbc.sql(OF_CANDIDATE)
                .param(candidateId)
                .query((rs, n) -> application(rs))
                .list();
    }

    public List<Event> history(String applicationId) {
        return jdbc.sql(HISTORY)
                .param(applicationId)
                .query((rs, n) -> new Event(
                        ApplicationStatus.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Sets the new state and writes it to the timeline with its reason. */
    public void transition(String applicationId, ApplicationStatus to, String reason, String actor, Instant at) {
        jdbc.sql(SET_STATUS)
                .param(to.name())
                .param(Timestamp.from(at))
                .param(applicationId)
                .update();
        event(applicationId, to, reason, actor, at);
    }

    /** A timeline entry without a change of state (e.g. a disposition after the exam). */
    public void event(String applicationId, ApplicationStatus status, String reason, String actor, Instant at) {
        jdbc.sql(INSERT_EVENT)
                .param(applicationId)
                .param(status.name())
                .param(reason)
                .param(actor)
                .param(Timestamp.from(at))
                .update();
    }

    private static Located located(ResultSet rs, int n) throws SQLException {
        Application a = application(rs);
        ExamWindow w = rs.getTimestamp(13) == null
                ? null
                : new ExamWindow(
                        a.examCode(),
                        a.examYear(),
                        a.provinceCode(),
                        instant(rs, 13),
                        instant(rs, 14),
                        instant(rs, 15),
                        instant(rs, 16),
                        rs.getDate(17).toLocalDate(),
                        rs.getDate(18).toLocalDate());
        return new Located(a, w);
    }

    private static Application application(ResultSet rs) throws SQLException {
        return new Application(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                instant(rs, 8),
                instant(rs, 9),
                instant(rs, 10),
                instant(rs, 11),
                ApplicationStatus.valueOf(rs.getString(12)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
