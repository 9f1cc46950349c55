package org.examcommit.schedules.gate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Compares tonight's profile of a snapshot with the last accepted one of its dataset, by {@link GateRules}. */
public final class SnapshotJudge {

    private SnapshotJudge() {}

    /** Every breach, the row counts' first: empty when tonight's profile passes. */
    public static List<Breach> judge(GateRules rules, SnapshotProfile last, SnapshotProfile tonight) {
        Judgement j = new Judgement(last, tonight);
        j.drop("row_count", last.rowCount(), tonight.rowCount(), rules.maxRowDropPercent());
        j.drop("distinct_persons", last.distinctPersons(), tonight.distinctPersons(), rules.maxRowDropPercent());
        if (last.lastMonth() != null
                && tonight.lastMonth() != null
                && tonight.lastMonth().isBefore(last.lastMonth())) {
            j.add("last_month", last.lastMonth().toString(), tonight.lastMonth().toString(), "went backwards");
        }
        monthDips(rules, j, last, tonight);
        j.rise("null rate of ", last.nullRates(), tonight.nullRates(), rules.maxNullRateRisePoints());
        j.rise(
                "quarantine rate of ",
                last.quarantineRates(),
                tonight.quarantineRates(),
                rules.maxQuarantineRateRisePoints());
        TreeSet<String> codes = new TreeSet<>(last.codeShares().keySet());
        codes.addAll(tonight.codeShares().keySet());
        for (String code : codes) {
            double before = last.codeShares().getOrDefault(code, 0.0);
            double now = tonight.codeShares().getOrDefault(code, 0.0);
            if (Math.abs(now - before) * 100 > rules.maxCodeSharePoints()) {
                j.add(
                        "share of " + code,
                        percent(before),
                        percent(now),
                        "moved more than " + number(rules.maxCodeSharePoints()) + " points");
            }
        }
        return j.breaches;
    }

    /**
     * A month whose rows are more than the limit below the mean of its two calendar neighbours (a month
     * without rows counts 0), where the last accepted snapshot had no such dip.
     */
    private static void monthDips(GateRules rules, Judgement j, SnapshotProfile last, SnapshotProfile tonight) {
        if (tonight.monthRows().isEmpty()) {
            return;
        }
        for (LocalDate m = tonight.firstMonth().plusMonths(1); m.isBefore(tonight.lastMonth()); m = m.plusMonths(1)) {
            if (dips(rules, tonight, m) && !dips(rules, last, m)) {
                double mean = neighbours(tonight, m);
                j.add(
                        "rows of month " + m,
                        number(last.rowsOf(m)),
                        tonight.rowsOf(m) + " against a neighbours' mean of " + number(mean),
                        "more than " + number(rules.maxMonthDipPercent()) + " % below its neighbours");
            }
        }
    }

    private static boolean dips(GateRules rules, SnapshotProfile p, LocalDate month) {
        double mean = neighbours(p, month);
        return mean >= rules.monthDipMinRows() && p.rowsOf(month) < mean * (1 - rules.maxMonthDipPercent() / 100);
    }

    private static double neighbours(SnapshotProfile p, LocalDate month) {
        return (p.rowsOf(month.minusMonths(1)) + p.rowsOf(month.plusMonths(1))) / 2.0;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The breaches found so far for one pair of profiles. */
    private static final class Judgement {
        final SnapshotProfile last;
        final SnapshotProfile tonight;
        final List<Breach> breaches = new ArrayList<>();

        Judgement(SnapshotProfile last, SnapshotProfile tonight) {
            this.last = last;
            this.tonight = tonight;
        }

        void add(String measure, String before, String now, String limit) {
            breaches.add(new Breach(
                    tonight.dataset(), tonight.snapshotDate(), last.snapshotDate(), measure, before, now, limit));
        }

        void drop(String measure, long before, long now, double maxPercent) {
            if (before > 0 && 100.0 * (before - now) > maxPercent * before) {
                double fell = 100.0 * (before - now) / before;
                add(
                        measure,
                        Long.toString(before),
                        Long.toString(now),
                        "fell " + String.format(Locale.ROOT, "%.1f", fell) + " %, more than " + number(maxPercent)
                                + " %");
            }
        }

        void rise(String prefix, Map<String, Double> before, Map<String, Double> now, double maxPoints) {
            for (String column : new TreeSet<>(now.keySet())) {
                double b = before.getOrDefault(column, 0.0);
                double n = now.get(column);
                if ((n - b) * 100 > maxPoints) {
                    add(prefix + column, percent(b), percent(n), "rose more than " + number(maxPoints) + " points");
                }
            }
        }
    }
}
