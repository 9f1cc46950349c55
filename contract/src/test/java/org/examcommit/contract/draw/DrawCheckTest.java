package org.examcommit.contract.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An auditor's check of the worked example and of tampered copies. */
class DrawCheckTest {

    private static final DrawVectors VECTORS = DrawVectors.load();

    private static DrawCheck.Outcome check(List<Member> population, List<Draw.Drawn> published) {
        return DrawCheck.check(
                population,
                published,
                VECTORS.seed(),
                VECTORS.ratio(),
                Optional.of(VECTORS.seedSha256()),
                Optional.of(DrawVectors.POPULATION_SHA256));
    }

    @Test
    void thePublishedDrawMatchesWithBothHashes() {
        DrawCheck.Outcome outcome = check(VECTORS.population(), VECTORS.drawn());
        assertThat(outcome.matches()).isTrue();
        assertThat(outcome.seedHashAgrees()).contains(true);
        assertThat(outcome.populationHashAgrees()).contains(true);
        assertThat(outcome.differences()).isEmpty();
    }

    @Test
    void aDrawWithAnApplicationSwappedNamesTheMissingAndTheExtraOne() {
        List<Draw.Drawn> tampered = new ArrayList<>(VECTORS.drawn());
        tampered.removeIf(d -> d.applicationId().equals("A00000005"));
        tampered.add(new Draw.Drawn("11", "A00000002", "d3809b97c48daeb3"));
        DrawCheck.Outcome outcome = check(VECTORS.population(), tampered);
        assertThat(outcome.matches()).isFalse();
        assertThat(outcome.differences())
                .extracting(DrawCheck.Difference::kind, DrawCheck.Difference::applicationId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DrawCheck.Kind.EXTRA, "A00000002"),
                        org.assertj.core.groups.Tuple.tuple(DrawCheck.Kind.MISSING, "A00000005"));
    }

    @Test
    void aWrongTicketIsNamed() {
        List<Draw.Drawn> tampered = new ArrayList<>(VECTORS.drawn());
        tampered.replaceAll(d -> d.applicationId().equals("A00000013")
                ? new Draw.Drawn(d.provinceCode(), d.applicationId(), "0000000000000000")
                : d);
        DrawCheck.Outcome outcome = check(VECTORS.population(), tampered);
        assertThat(outcome.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DrawCheck.Kind.WRONG_TICKET);
            assertThat(d.applicationId()).isEqualTo("A00000013");
        });
    }

    @Test
    void aPopulationEditedAfterTheCommitFailsItsHashEvenWhenTheDrawStillMatches() {
        List<Member> edited = new ArrayList<>(VECTORS.population());
        edited.add(new Member("44", "A00000099"));
        DrawCheck.Outcome outcome =
                check(edited, Draw.of(VECTORS.seed(), VECTORS.ratio(), edited).sampled());
        assertThat(outcome.differences()).isEmpty();
        assertThat(outcome.populationHashAgrees()).contains(false);
        assertThat(outcome.matches()).isFalse();
    }

    @Test
    void aSeedThatIsNotTheCommittedOneFailsItsHash() {
        byte[] other = VECTORS.seed().clone();
        other[0] ^= 1;
        DrawCheck.Outcome outcome = DrawCheck.check(
                VECTORS.population(),
                Draw.of(other, VECTORS.ratio(), VECTORS.population()).sampled(),
                other,
                VECTORS.ratio(),
                Optional.of(VECTORS.seedSha256()),
                Optional.empty());
        assertThat(outcome.seedHashAgrees()).contains(false);
        assertThat(outcome.populationHashAgrees()).isEmpty();
        assertThat(outcome.matches()).isFalse();
    }
}
