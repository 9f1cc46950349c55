package org.examcommit.contract.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The draw itself (§4 steps 3, 4) over a population held in memory: per province, the k = ceil(ratio × n)
 * applications with the smallest tickets, ties by the smaller application_id. The Spark job computes
 * the same over a distributed population with these tickets and this k; this is the reference it is
 * tested against and what an auditor's check recomputes.
 */
public final class Draw {

    private Draw() {}

    /** One stratum's outcome: n, k and the cut-off (the largest drawn ticket; null when k is 0). */
    public record Stratum(String provinceCode, long populationSize, long sampleSize, String cutoffTicket) {}

    /** A drawn application with its ticket (the {@code sampled} columns but draw_id). */
    public record Drawn(String provinceCode, String applicationId, String ticket) {}

    /** Strata in province order; drawn applications by province, then ticket. */
    public record Result(List<Stratum> strata, List<Drawn> sampled) {

        public long sampleSize() {
            return sampled.size();
        }
    }

    public static Result of(byte[] seed, BigDecimal ratio, Collection<Member> population) {
        return of(new Tickets(seed)::hex, ratio, population);
    }

    /** The draw with any ticket function (tests give equal tickets to see the tie rule). */
    static Result of(Function<String, String> ticketOf, BigDecimal ratio, Collection<Member> population) {
        Map<String, List<Drawn>> byProvince = new TreeMap<>(Utf8Order.INSTANCE);
        Set<String> seen = new HashSet<>();
        for (Member m : population) {
            if (!seen.add(m.applicationId())) {
                throw new IllegalArgumentException("application " + m.applicationId() + " is in the population twice");
            }
            byProvince
                    .computeIfAbsent(m.provinceCode(), p -> new ArrayList<>())
                    .add(new Drawn(m.provinceCode(), m.applicationId(), ticketOf.apply(m.applicationId())));
        }
        Comparator<Drawn> order =
                Comparator.comparing(Drawn::ticket).thenComparing(Drawn::applicationId, Utf8Order.INSTANCE);
        List<Stratum> strata = new ArrayList<>();
        List<Drawn> sampled = new ArrayList<>();
        byProvince.forEach((province, members) -> {
            members.sort(order);
            int k = Math.toIntExact(SampleSize.of(ratio, members.size()));
            List<Drawn> drawn = members.subList(0, k);
            strata.add(new Stratum(
                    province,
                    members.size(),
                    k,
                    k == 0 ? null : drawn.get(k - 1).ticket()));
            sampled.addAll(drawn);
        });
        return new Result(List.copyOf(strata), List.copyOf(sampled));
    }
}
