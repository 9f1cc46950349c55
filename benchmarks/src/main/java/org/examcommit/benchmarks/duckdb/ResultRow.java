package org.examcommit.benchmarks.duckdb;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One verification_results row as `./pipeline export` writes it (DATA-CONTRACT §2, §6): every field as text,
 * booleans {@code true}/{@code false}, reasons joined by {@code ;} — here in sorted order, as their order is
 * not significant.
 */
public record ResultRow(
        String runDate,
        String applicationId,
        String identity,
        String education,
        String degree,
        String socialWorkMajor,
        String claimedWorkMonths,
        String evidencedWorkMonths,
        String eligibility,
        String route,
        String reasons) {

    /** The contract's columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "run_date",
            "application_id",
            "identity",
            "education",
            "degree",
            "social_work_major",
            "claimed_work_months",
            "evidenced_work_months",
            "eligibility",
            "route",
            "reasons");

    public ResultRow {
        reasons = sortedReasons(reasons);
    }

    /** A row from its fields in the contract's order. */
    public static ResultRow of(List<String> fields) {
        if (fields.size() != COLUMNS.size()) {
            throw new IllegalArgumentException(
                    "a verification_results row has " + COLUMNS.size() + " fields, got " + fields.size());
        }
        return new ResultRow(
                fields.get(0),
                fields.get(1),
                fields.get(2),
                fields.get(3),
                fields.get(4),
                fields.get(5),
                fields.get(6),
                fields.get(7),
                fields.get(8),
                fields.get(9),
                fields.get(10));
    }

    /** The fields in the contract's order. */
    public List<String> fields() {
        return List.of(
                runDate,
                applicationId,
                identity,
                education,
                degree,
                socialWorkMajor,
                claimedWorkMonths,
                evidencedWorkMonths,
                eligibility,
                route,
                reasons);
    }

    /** One CSV line (no field holds a comma or a quote). */
    public String csv() {
        return String.join(",", fields());
    }

    /** Parses a line of {@link #csv()} or of the export. */
    public static ResultRow parse(String line) {
        return of(Arrays.asList(line.split(",", -1)));
    }

    private static String sortedReasons(String reasons) {
        if (reasons == null || reasons.isEmpty()) {
            return "";
        }
        return String.join(";", Arrays.stream(reasons.split(";")).sorted().toList());
    }

    /** The names of the columns whose values differ from another row's. */
    public List<String> differingColumns(ResultRow other) {
        List<String> mine = fields();
        List<String> theirs = other.fields();
        return java.util.stream.IntStream.range(0, COLUMNS.size())
                .filter(i -> !Objects.equals(mine.get(i), theirs.get(i)))
                .mapToObj(COLUMNS::get)
                .toList();
    }
}
