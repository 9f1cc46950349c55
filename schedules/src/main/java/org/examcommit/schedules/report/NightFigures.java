package org.examcommit.schedules.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Every figure of one night's report, as cells; the sections are the constants below. */
public record NightFigures(LocalDate runDate, List<ReportCell> cells) {

    public static final String ROUTE = "route";
    public static final String REASON = "reason";
    public static final String PATTERN = "pattern";
    public static final String PROVINCE = "province";
    public static final String EXAM = "exam";
    public static final String QUARANTINE = "quarantine";
    public static final String STAGE_SECONDS = "stage_seconds";
    public static final String DRAW_POPULATION = "draw_population";
    public static final String DRAW_SAMPLE = "draw_sample";
    public static final String EMPLOYER_CLUSTER = "employer_cluster";
    public static final String TREND = "trend";
    /** The authority snapshots the night read: key dataset, sub-key snapshot date and the gate's verdict, value rows. */
    public static final String SNAPSHOT = "snapshot";

    public NightFigures {
        cells = List.copyOf(cells);
    }

    public List<ReportCell> section(String section) {
        return cells.stream().filter(c -> c.section().equals(section)).toList();
    }

    /** A section's counts summed by key (over its sub-keys), in key order. */
    public Map<String, Long> totalsByKey(String section) {
        return sum(section, c -> true, true);
    }

    /** A section's counts summed by sub-key, in sub-key order. */
    public Map<String, Long> totalsBySubkey(String section) {
        return sum(section, c -> true, false);
    }

    private Map<String, Long> sum(String section, Predicate<ReportCell> which, boolean byKey) {
        Map<String, Long> totals = new TreeMap<>();
        for (ReportCell c : section(section)) {
            if (c.count() != null && which.test(c)) {
                totals.merge(byKey ? c.key() : c.subkey(), c.count(), Long::sum);
            }
        }
        return totals;
    }
}
