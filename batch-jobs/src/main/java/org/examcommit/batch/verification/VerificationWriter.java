package org.examcommit.batch.verification;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.examcommit.batch.verification.checks.ReasonCode;
import org.examcommit.batch.verification.checks.Route;
import org.examcommit.batch.verification.checks.VerificationOutcome;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk in four set-based statements (arrays bound once, unnested by PostgreSQL): upserts into
 * verification_results and onsite_verification_list, moves each application to EXEMPT or ONSITE_REQUIRED
 * and records that as an application event, once per night and result (a re-run adds no second event).
 */
class VerificationWriter implements ItemWriter<VerificationOutcome> {

    static final String ACTOR = "nightly-verification";

    private static final String UPSERT_RESULTS = """
            INSERT INTO verification_results (run_date, application_id, identity, education, degree, social_work_major,
                   claimed_work_months, evidenced_work_months, eligibility, route, reasons)
            SELECT ?, u.application_id, u.identity, u.education, u.degree, u.social_work_major, u.claimed, u.evidenced,
                   u.eligibility, u.route, string_to_array(u.reasons, ',')
              FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::int[], ?::int[], ?::text[],
                          ?::text[], ?::text[])
                   AS u(application_id, identity, education, degree, social_work_major, claimed, evidenced, eligibility,
                        route, reasons)
            ON CONFLICT (run_date, application_id) DO UPDATE SET
                   identity = EXCLUDED.identity, education = EXCLUDED.education, degree = EXCLUDED.degree,
                   social_work_major = EXCLUDED.social_work_major, claimed_work_months = EXCLUDED.claimed_work_months,
                   evidenced_work_months = EXCLUDED.evidenced_work_months, eligibility = EXCLUDED.eligibility,
                   route = EXCLUDED.route, reasons = EXCLUDED.reasons
            """;

    private static final String UPSERT_ONSITE = """
            INSERT INTO onsite_verification_list (run_date, application_id, reasons)
            SELECT ?, u.application_id, string_to_array(u.reasons, ',')
              FROM unnest(?::text[], ?::text[]) AS u(application_id, reasons)
            ON CONFLICT (run_date, application_id) DO UPDATE SET reasons = EXCLUDED.reasons
            """;

    /** Only applications still in online verification change state; a paid or void one keeps its status. */
    private static final String UPDATE_STATUS = """
            WITH input AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[]) AS u(application_id, status, reason)
            ), moved AS (
                UPDATE applications a SET status = i.status, updated_at = now()
                  FROM input i
                 WHERE a.application_id = i.application_id
                   AND a.status IN ('AWAITING_ONLINE_VERIFICATION', 'EXEMPT', 'ONSITE_REQUIRED')
                RETURNING a.application_id
            )
            INSERT INTO application_events (application_id, status, reason, actor)
            SELECT i.application_id, i.status, i.reason, ?
              FROM input i JOIN moved m ON m.application_id = i.application_id
             WHERE NOT EXISTS (SELECT 1 FROM application_events e
                                WHERE e.application_id = i.application_id AND e.actor = ? AND e.reason = i.reason)
            """;

    private final JdbcTemplate jdbc;
    private final LocalDate runDate;
    private final FaultInjection faults;

    VerificationWriter(JdbcTemplate jdbc, LocalDate runDate, FaultInjection faults) {
        this.jdbc = jdbc;
        this.runDate = runDate;
        this.faults = faults;
    }

    @Override
    public void write(Chunk<? extends VerificationOutcome> chunk) {
        List<? extends VerificationOutcome> items = chunk.getItems();
        if (items.isEmpty()) {
            return;
        }
        faults.beforeWrite(items.stream().map(VerificationOutcome::applicationId).toList());
        int n = items.size();
        String[] ids = new String[n];
        String[] identity = new String[n];
        String[] education = new String[n];
        String[] degree = new String[n];
        Boolean[] major = new Boolean[n];
        Integer[] claimed = new Integer[n];
        Integer[] evidenced = new Integer[n];
        String[] eligibility = new String[n];
        String[] route = new String[n];
        String[] reasons = new String[n];
        String[] status = new String[n];
        String[] eventReason = new String[n];
        List<String> onsiteIds = new ArrayList<>();
        List<String> onsiteReasons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            VerificationOutcome o = items.get(i);
            ids[i] = o.applicationId();
            identity[i] = o.identity().name();
            education[i] = o.education().name();
            degree[i] = o.degree().name();
            major[i] = o.socialWorkMajor();
            claimed[i] = o.claimedWorkMonths();
            evidenced[i] = o.evidencedWorkMonths();
            eligibility[i] = o.eligibility().name();
            route[i] = o.route().name();
            reasons[i] = o.reasons().stream().map(ReasonCode::name).collect(Collectors.joining(","));
            status[i] = o.route() == Route.EXEMPT ? "EXEMPT" : "ONSITE_REQUIRED";
            eventReason[i] = eventReason(o, reasons[i]);
            if (o.route() == Route.ONSITE) {
                onsiteIds.add(ids[i]);
                onsiteReasons.add(reasons[i]);
            }
        }
        Date date = Date.valueOf(runDate);
        jdbc.update(con -> statement(con, UPSERT_RESULTS, date, text(con, ids), text(con, identity), text(con, education),
                text(con, degree), con.createArrayOf("boolean", major), con.createArrayOf("integer", claimed),
                con.createArrayOf("integer", evidenced), text(con, eligibility), text(con, route), text(con, reasons)));
        if (!onsiteIds.isEmpty()) {
            jdbc.update(con -> statement(con, UPSERT_ONSITE, date, text(con, onsiteIds.toArray(String[]::new)),
                    text(con, onsiteReasons.toArray(String[]::new))));
        }
        jdbc.update(con -> statement(con, UPDATE_STATUS, text(con, ids), text(con, status), text(con, eventReason), ACTOR,
                ACTOR));
    }

    /** The event's reason names the night and the result, so the same result of the same night is recorded once. */
    private String eventReason(VerificationOutcome o, String reasons) {
        return o.route() == Route.EXEMPT
                ? "online verification " + runDate + ": exempt from on-site verification"
                : "online verification " + runDate + ": on-site verification required (" + reasons.replace(",", ", ") + ")";
    }

    private static java.sql.Array text(Connection con, String[] values) throws SQLException {
        return con.createArrayOf("text", values);
    }

    private static PreparedStatement statement(Connection con, String sql, Object... params) throws SQLException {
        PreparedStatement ps = con.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
