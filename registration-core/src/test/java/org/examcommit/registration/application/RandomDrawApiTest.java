package org.examcommit.registration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.examcommit.contract.draw.Draw;
import org.examcommit.contract.draw.Hex;
import org.examcommit.contract.draw.Member;
import org.examcommit.contract.draw.PopulationHash;
import org.examcommit.contract.draw.Seeds;
import org.examcommit.contract.draw.Tickets;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/**
 * A candidate's own place in the random draw on their application: nothing before the reveal (not even
 * the ticket, which the secret seed decides), then their ticket, whether they were drawn and their
 * province's cut-off; another candidate's application stays unreachable.
 */
class RandomDrawApiTest extends SignedInApiTest {

    private final byte[] seed = Seeds.generate(new java.security.SecureRandom());
    private final String drawId = "D-" + UUID.randomUUID();

    /** What the night's commit and draw write for these applications, all in province 11, one drawn. */
    private Draw.Result commitAndDraw(List<String> applicationIds) {
        List<Member> population =
                applicationIds.stream().map(id -> new Member("11", id)).toList();
        Draw.Result draw = Draw.of(seed, new BigDecimal("0.05"), population);
        jdbc.sql("""
                        INSERT INTO sample_draws (draw_id, run_date, exam_code, exam_year, ratio, seed_sha256,
                            population_sha256, committed_at, population_size, sample_size)
                        VALUES (?, DATE '2026-11-20', ?, 2026, 0.05, ?, ?, now(), ?, ?)""")
                .params(
                        drawId,
                        EXAM + "-" + drawId,
                        Seeds.sha256(seed),
                        PopulationHash.of(population),
                        population.size(),
                        draw.sampleSize())
                .update();
        jdbc.sql("INSERT INTO draw_seeds (draw_id, seed) VALUES (?, ?)")
                .params(drawId, Hex.of(seed))
                .update();
        population.forEach(m -> jdbc.sql("INSERT INTO draw_population VALUES (?, ?, ?)")
                .params(drawId, m.provinceCode(), m.applicationId())
                .update());
        draw.sampled()
                .forEach(d -> jdbc.sql("INSERT INTO sampled VALUES (?, ?, ?, ?)")
                        .params(drawId, d.provinceCode(), d.applicationId(), d.ticket())
                        .update());
        draw.strata()
                .forEach(s -> jdbc.sql("INSERT INTO draw_strata VALUES (?, ?, ?, ?, ?)")
                        .params(drawId, s.provinceCode(), s.populationSize(), s.sampleSize(), s.cutoffTicket())
                        .update());
        return draw;
    }

    private void reveal() {
        jdbc.sql("""
                        UPDATE sample_draws s SET seed = d.seed, revealed_at = now() FROM draw_seeds d
                        WHERE d.draw_id = s.draw_id AND s.draw_id = ?""").param(drawId).update();
    }

    @Test
    void aCandidateSeesTheirTicketAndWhetherTheyWereDrawnOnlyOnceRevealed() {
        Candidate me = candidate();
        Candidate other = candidate();
        String mine = apply(me, committed(openWindow("11"), "11"));
        String theirs = apply(other, committed(openWindow("11"), "11"));
        Draw.Result draw = commitAndDraw(List.of(mine, theirs));
        String drawnId = draw.sampled().get(0).applicationId();

        Answer before = get(me.token(), "/api/applications/" + mine);
        assertThat(before.status()).isEqualTo(200);
        assertThat(absent(before, "randomDraw")).as("nothing before the reveal").isTrue();

        reveal();
        Tickets tickets = new Tickets(seed);
        for (Candidate c : List.of(me, other)) {
            String id = c == me ? mine : theirs;
            Answer after = get(c.token(), "/api/applications/" + id);
            assertThat(after.status()).isEqualTo(200);
            var randomDraw = after.json().get("randomDraw");
            assertThat(randomDraw.get("drawId").asString()).isEqualTo(drawId);
            assertThat(randomDraw.get("ticket").asString()).isEqualTo(tickets.hex(id));
            assertThat(randomDraw.get("drawn").asBoolean()).isEqualTo(id.equals(drawnId));
            assertThat(randomDraw.get("cutoffTicket").asString()).isEqualTo(tickets.hex(drawnId));
        }
        assertThat(get(me.token(), "/api/applications/" + theirs).status())
                .as("only their own")
                .isEqualTo(404);
    }

    @Test
    void anApplicationOutsideEveryDrawShowsNone() {
        Candidate me = candidate();
        String mine = apply(me, committed(openWindow("11"), "11"));

        Answer a = get(me.token(), "/api/applications/" + mine);

        assertThat(a.status()).isEqualTo(200);
        assertThat(absent(a, "randomDraw")).isTrue();
    }

    private static boolean absent(Answer a, String field) {
        return a.json().path(field).isNull() || a.json().path(field).isMissingNode();
    }
}
