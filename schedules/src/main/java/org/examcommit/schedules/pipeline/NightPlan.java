package org.examcommit.schedules.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What one night works on.
 *
 * @param runDate the night's run date (a day in Asia/Shanghai)
 * @param bundles the bundle folders its import stage loads, in order (none: no import stage)
 * @param fromInbox true when the bundles were taken from INBOX_DIR by the scheduler: the night moves them
 *     to INBOX_DIR/done/ once it completed
 */
public record NightPlan(LocalDate runDate, List<Path> bundles, boolean fromInbox) {

    public NightPlan {
        bundles = List.copyOf(bundles);
    }

    /** The bundles as {@code pipeline_runs.bundle} holds them: one path per line, null for none. */
    String bundleColumn() {
        return bundles.isEmpty()
                ? null
                : String.join("\n", bundles.stream().map(Path::toString).toList());
    }

    /** The bundles of a {@code pipeline_runs.bundle} value. */
    static List<Path> bundlesOf(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : column.lines().filter(l -> !l.isBlank()).map(Path::of).toList();
    }
}
