package org.examcommit.benchmarks.duckdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two sets of verification_results compared row for row on every field, keyed by application_id.
 *
 * @param matched rows present on both sides with every field equal
 * @param differences rows present on both sides that differ, as [left, right] pairs, in application_id order
 * @param onlyLeft application_ids only the left side verified
 * @param onlyRight application_ids only the right side verified
 */
public record Comparison(long matched, List<ResultRow[]> differences, List<String> onlyLeft, List<String> onlyRight) {

    public static Comparison of(Map<String, ResultRow> left, Map<String, ResultRow> right) {
        long matched = 0;
        List<ResultRow[]> differences = new ArrayList<>();
        List<String> onlyLeft = new ArrayList<>();
        for (Map.Entry<String, ResultRow> e : left.entrySet()) {
            ResultRow other = right.get(e.getKey());
            if (other == null) {
                onlyLeft.add(e.getKey());
            } else if (other.equals(e.getValue())) {
                matched++;
            } else {
                differences.add(new ResultRow[] {e.getValue(), other});
            }
        }
        List<String> onlyRight = right.keySet().stream()
                .filter(id -> !left.containsKey(id))
                .sorted()
                .toList();
        return new Comparison(matched, differences, onlyLeft, onlyRight);
    }

    /** Whether both sides hold the same rows with the same fields. */
    public boolean identical() {
        return differences.isEmpty() && onlyLeft.isEmpty() && onlyRight.isEmpty();
    }
}
