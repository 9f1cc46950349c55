package org.examcommit.registration.application;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Optional;
import org.examcommit.contract.draw.Hex;
import org.examcommit.contract.draw.Tickets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An application's place in the random draw (DATA-CONTRACT §4), once the draw is revealed: its ticket,
 * whether it was drawn and its province's cut-off. Before the reveal nothing is shown, not even that a
 * draw exists: the seed is secret until then and so is every ticket.
 */
@Repository
class RandomDraws {

    /** The latest revealed draw whose population holds the application. */
    private static final String REVEALED = """
            SELECT s.draw_id, s.seed, s.revealed_at, p.province_code, t.cutoff_ticket,
                   EXISTS (SELECT 1 FROM sampled d WHERE d.draw_id = s.draw_id AND d.application_id = p.application_id)
                       AS drawn
            FROM draw_population p
            JOIN sample_draws s ON s.draw_id = p.draw_id
            LEFT JOIN draw_strata t ON t.draw_id = p.draw_id AND t.province_code = p.province_code
            WHERE p.application_id = :applicationId AND s.revealed_at IS NOT NULL AND s.seed IS NOT NULL
            ORDER BY s.run_date DESC, s.draw_id DESC
            LIMIT 1""";

    @Schema(description = "The application's place in the revealed random draw of exempt applications")
    record RandomDraw(
            @Schema(description = "the draw (one per exam, year and run date)")
            String drawId,

            @Schema(
                    description =
                            "the application's ticket, HMAC-SHA256 of its id under the revealed seed, 16 hex digits")
            String ticket,

            @Schema(description = "true when the application was drawn for a random check")
            boolean drawn,

            @Schema(description = "the largest drawn ticket of the province (null when none was drawn)")
            String cutoffTicket,

            Instant revealedAt) {}

    private final JdbcClient jdbc;

    RandomDraws(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RandomDraw> revealed(String applicationId) {
        return jdbc.sql(REVEALED)
                .param("applicationId", applicationId)
                .query((rs, i) -> new RandomDraw(
                        rs.getString("draw_id"),
                        new Tickets(Hex.parse(rs.getString("seed"))).hex(applicationId),
                        rs.getBoolean("drawn"),
                        rs.getString("cutoff_ticket"),
                        rs.getTimestamp("revealed_at").toInstant()))
                .optional();
    }
}
