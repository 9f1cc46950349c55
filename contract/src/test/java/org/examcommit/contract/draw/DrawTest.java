package org.examcommit.contract.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The draw of §4 against the contract's worked example and the cases it names. */
class DrawTest {

    private static final DrawVectors VECTORS = DrawVectors.load();

    @Test
    void theSeedHashesToThePublishedSeedSha256() {
        assertThat(Seeds.sha256(VECTORS.seed())).isEqualTo(VECTORS.seedSha256());
    }

    @Test
    void everyApplicationGetsTheTicketOfTheWorkedExample() {
        Tickets tickets = new Tickets(VECTORS.seed());
        assertThat(VECTORS.rows())
                .hasSize(20)
                .allSatisfy(row -> assertThat(tickets.hex(row.applicationId()))
                        .as(row.applicationId())
                        .isEqualTo(row.ticket()));
    }

    @Test
    void thePopulationHashesToThePublishedPopulationSha256() {
        assertThat(PopulationHash.of(VECTORS.population())).isEqualTo(DrawVectors.POPULATION_SHA256);
        // the order rows arrive in does not matter: the canonical form sorts them
        List<Member> reversed = new ArrayList<>(VECTORS.population());
        java.util.Collections.reverse(reversed);
        assertThat(PopulationHash.of(reversed)).isEqualTo(DrawVectors.POPULATION_SHA256);
    }

    @Test
    void theCanonicalFormIsOneLinePerApplicationEachEndingInANewline() {
        String text = PopulationHash.canonicalText(VECTORS.population());
        assertThat(text).startsWith("11,A00000001\n11,A00000002\n").endsWith("44,A00000020\n");
        assertThat(text.lines()).hasSize(20);
        assertThat(Seeds.sha256(text)).isEqualTo(DrawVectors.POPULATION_SHA256);
    }

    @Test
    void drawsExactlyTheApplicationsMarkedDrawnWithTheStrataOfTheContract() {
        Draw.Result draw = Draw.of(VECTORS.seed(), VECTORS.ratio(), VECTORS.population());
        assertThat(draw.sampled()).containsExactlyInAnyOrderElementsOf(VECTORS.drawn());
        assertThat(draw.strata())
                .containsExactly(
                        new Draw.Stratum("11", 7, 2, "2b66267177c62126"),
                        new Draw.Stratum("31", 5, 2, "378c7d60865426b4"),
                        new Draw.Stratum("44", 8, 2, "2867784357444469"));
    }

    @Test
    void theSmallestTicketsAreDrawnAndTicketsCompareAsUnsignedNumbers() {
        // ticket 8000... is above 7fff... as an unsigned number (a signed long would put it first)
        Map<String, String> tickets = Map.of("A", "8000000000000000", "B", "7fffffffffffffff", "C", "ffffffffffffffff");
        Draw.Result draw = Draw.of(tickets::get, new BigDecimal("0.5"), members("11", "A", "B", "C"));
        assertThat(draw.sampled()).extracting(Draw.Drawn::applicationId).containsExactly("B", "A");
        assertThat(draw.strata().get(0).cutoffTicket()).isEqualTo("8000000000000000");
    }

    @Test
    void equalTicketsGoToTheSmallerApplicationId() {
        Draw.Result draw =
                Draw.of(id -> "0000000000000001", new BigDecimal("0.25"), members("11", "A3", "A1", "A2", "A4"));
        assertThat(draw.sampled()).extracting(Draw.Drawn::applicationId).containsExactly("A1");
    }

    @Test
    void oneApplicationInAStratumIsAlwaysDrawn() {
        Draw.Result draw = Draw.of(VECTORS.seed(), new BigDecimal("0.05"), members("65", "A00000001"));
        assertThat(draw.strata()).containsExactly(new Draw.Stratum("65", 1, 1, "2b66267177c62126"));
        assertThat(draw.sampled()).extracting(Draw.Drawn::applicationId).containsExactly("A00000001");
    }

    @Test
    void anEmptyPopulationDrawsNothing() {
        Draw.Result draw = Draw.of(VECTORS.seed(), new BigDecimal("0.05"), List.of());
        assertThat(draw.strata()).isEmpty();
        assertThat(draw.sampled()).isEmpty();
        assertThat(SampleSize.of(new BigDecimal("0.05"), 0)).isZero();
    }

    @Test
    void anApplicationTwiceInThePopulationIsRefused() {
        assertThatThrownBy(() -> Draw.of(
                        VECTORS.seed(),
                        new BigDecimal("0.05"),
                        List.of(new Member("11", "A1"), new Member("31", "A1"))))
                .hasMessageContaining("A1");
    }

    @Test
    void aThirtyApplicationStratumAtATenthDrawsThreeWhereDoublesWouldDrawFour() {
        // the double nearest 0.1 is 0.1000000000000000055..., so its exact product with 30 is above 3
        assertThat(SampleSize.of(new BigDecimal(0.1), 30))
                .as("the binary double 0.1")
                .isEqualTo(4);
        assertThat(Math.ceil(0.07 * 100)).as("double arithmetic elsewhere").isEqualTo(8.0);
        assertThat(SampleSize.of(new BigDecimal("0.1"), 30)).isEqualTo(3);
        String[] ids = IntStream.rangeClosed(1, 30).mapToObj(i -> "B" + i).toArray(String[]::new);
        Draw.Result draw = Draw.of(VECTORS.seed(), SampleSize.ratio("0.1"), members("11", ids));
        assertThat(draw.strata().get(0).sampleSize()).isEqualTo(3);
        assertThat(draw.sampled()).hasSize(3);
    }

    @Test
    void sampleSizesRoundUpExactly() {
        assertThat(SampleSize.of(new BigDecimal("0.05"), 1)).isEqualTo(1);
        assertThat(SampleSize.of(new BigDecimal("0.05"), 20)).isEqualTo(1);
        assertThat(SampleSize.of(new BigDecimal("0.05"), 21)).isEqualTo(2);
        assertThat(SampleSize.of(new BigDecimal("0.25"), 7)).isEqualTo(2);
        assertThat(SampleSize.of(new BigDecimal("0.07"), 100)).isEqualTo(7);
        assertThat(SampleSize.of(BigDecimal.ONE, 1_000_000)).isEqualTo(1_000_000);
    }

    @Test
    void aRatioMustBeADecimalAboveZeroAndAtMostOne() {
        assertThat(SampleSize.ratio(" 0.05 ")).isEqualByComparingTo("0.05");
        assertThatThrownBy(() -> SampleSize.ratio("five percent")).hasMessageContaining("decimal");
        assertThatThrownBy(() -> SampleSize.ratio("0")).hasMessageContaining("above 0");
        assertThatThrownBy(() -> SampleSize.ratio("1.5")).hasMessageContaining("at most 1");
    }

    @Test
    void aSeedIsThirtyTwoBytesOfHex() {
        assertThat(Seeds.parse(VECTORS.seedHex().toUpperCase())).isEqualTo(VECTORS.seed());
        assertThatThrownBy(() -> Seeds.parse("abcd")).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> Seeds.parse("z".repeat(64))).hasMessageContaining("not hex");
        assertThat(Seeds.generate(new java.security.SecureRandom())).hasSize(32);
    }

    @Test
    void aPopulationStreamedOutOfCanonicalOrderIsRefused() {
        PopulationHash hash = new PopulationHash().add(new Member("31", "A1"));
        assertThatThrownBy(() -> hash.add(new Member("11", "A2"))).hasMessageContaining("canonical order");
        assertThatThrownBy(() -> hash.add(new Member("31", "A1"))).hasMessageContaining("canonical order");
    }

    @Test
    void utf8ByteOrderPutsCharactersBeyondTheBmpAfterThoseJustBelowIt() {
        String high = "\uFF21"; // FULLWIDTH A, U+FF21
        String astral = new String(Character.toChars(0x1F600));
        assertThat(high.compareTo(astral)).as("UTF-16 order").isPositive();
        assertThat(Utf8Order.INSTANCE.compare(high, astral))
                .as("UTF-8 byte order")
                .isNegative();
    }

    private static List<Member> members(String province, String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new Member(province, id)).toList();
    }
}
