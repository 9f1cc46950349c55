package org.examcommit.contract.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An auditor's check of a published draw (§4 step 5, §6 {@code verify-draw}): recompute the draw
 * from the population, the revealed seed and the ratio, compare it with the published sampled
 * rows, and compare the seed and the population with the hashes published at commit. A finding is
 * a result, never an exception.
 */
public final class DrawCheck {

    private DrawCheck() {}

    /** How a published row differs from the recomputed draw. */
    public enum Kind {
        /** The seed draws it; the published draw lacks it. */
        MISSING,
        /** The published draw has it; the seed does not draw it. */
        EXTRA,
        /** Both draw it, with another ticket or province in the published row. */
        WRONG_TICKET
    }

    public record Difference(Kind kind, String applicationId, String provinceCode, String expected, String published) {}

    /**
     * The outcome: the hashes recomputed, whether each given hash agrees (empty when not given), the
     * recomputed draw and the differences (empty when the published draw is exactly the recomputed one).
     */
    public record Outcome(
            String seedSha256,
            Optional<Boolean> seedHashAgrees,
            String populationSha256,
            Optional<Boolean> populationHashAgrees,
            long populationSize,
            Draw.Result recomputed,
            List<Difference> differences) {

        /** True only when the draw matches and every hash given agrees. */
        public boolean matches() {
            return differences.isEmpty() && seedHashAgrees.orElse(true) && populationHashAgrees.orElse(true);
        }
    }

    public static Outcome check(
            Collection<Member> population,
            Collection<Draw.Drawn> published,
            byte[] seed,
            BigDecimal ratio,
            Optional<String> seedSha256,
            Optional<String> populationSha256) {
        String seedHash = Seeds.sha256(seed);
        String populationHash = PopulationHash.of(population);
        Draw.Result draw = Draw.of(seed, ratio, population);
        Map<String, Draw.Drawn> expected = byApplication(draw.sampled());
        Map<String, Draw.Drawn> given = byApplication(published);
        List<Difference> differences = new ArrayList<>();
        expected.forEach((id, e) -> {
            Draw.Drawn p = given.get(id);
            if (p == null) {
                differences.add(new Difference(Kind.MISSING, id, e.provinceCode(), e.ticket(), null));
            } else if (!p.ticket().equalsIgnoreCase(e.ticket())
                    || !p.provinceCode().equals(e.provinceCode())) {
                differences.add(new Difference(
                        Kind.WRONG_TICKET,
                        id,
                        e.provinceCode(),
                        e.provinceCode() + " " + e.ticket(),
                        p.provinceCode() + " " + p.ticket()));
            }
        });
        given.forEach((id, p) -> {
            if (!expected.containsKey(id)) {
                differences.add(new Difference(Kind.EXTRA, id, p.provinceCode(), null, p.ticket()));
            }
        });
        differences.sort(Comparator.comparing(Difference::applicationId, Utf8Order.INSTANCE));
        return new Outcome(
                seedHash,
                seedSha256.map(h -> h.strip().equalsIgnoreCase(seedHash)),
                populationHash,
                populationSha256.map(h -> h.strip().equalsIgnoreCase(populationHash)),
                population.size(),
                draw,
                List.copyOf(differences));
    }

    private static Map<String, Draw.Drawn> byApplication(Collection<Draw.Drawn> rows) {
        Map<String, Draw.Drawn> map = rows.stream()
                .collect(Collectors.toMap(
                        Draw.Drawn::applicationId,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalArgumentException(
                                    "application " + a.applicationId() + " is in the draw twice");
                        },
                        () -> new TreeMap<>(Utf8Order.INSTANCE)));
        return map;
    }
}
