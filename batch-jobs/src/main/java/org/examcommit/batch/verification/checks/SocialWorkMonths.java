package org.examcommit.batch.verification.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Claimed and evidenced social-work months (DATA-CONTRACT §1): a job covers the calendar months from its
 * start month to its end month, both included; overlapping jobs count their common months once; months
 * after 31 December of the exam year never count.
 */
public final class SocialWorkMonths {

    private SocialWorkMonths() {}

    /** The months of the claimed social-work jobs as stated, open jobs running to 31 December of the exam year. */
    public static int claimed(List<ClaimedJob> jobs, int examYear) {
        int lastCounted = decemberOf(examYear);
        List<int[]> ranges = new ArrayList<>();
        for (ClaimedJob job : jobs) {
            if (job.socialWork()) {
                add(ranges, month(job.startDate()), end(job, lastCounted));
            }
        }
        return countUnion(ranges);
    }

    /**
     * The months of the claimed social-work jobs that social insurance evidences at the claimed employer,
     * plus, for an open job that started on or before the snapshot's last month and is evidenced in that
     * month, the months after it to 31 December of the exam year.
     *
     * @param snapshotLastMonth the latest month of the social-insurance snapshot, null when there is none
     */
    public static int evidenced(
            List<ClaimedJob> jobs, List<InsuredSpan> spans, YearMonth snapshotLastMonth, int examYear) {
        int lastCounted = decemberOf(examYear);
        Integer snapshotLast = snapshotLastMonth == null ? null : month(snapshotLastMonth);
        List<int[]> ranges = new ArrayList<>();
        for (ClaimedJob job : jobs) {
            if (!job.socialWork()) {
                continue;
            }
            int start = month(job.startDate());
            int end = end(job, lastCounted);
            boolean evidencedInSnapshotLast = false;
            for (InsuredSpan span : spans) {
                if (!TextNormaliser.sameCode(span.employerCreditCode(), job.employerCreditCode())) {
                    continue;
                }
                int first = month(span.firstMonth());
                int last = month(span.lastMonth());
                add(ranges, Math.max(start, first), Math.min(end, last));
                evidencedInSnapshotLast |= snapshotLast != null && first <= snapshotLast && snapshotLast <= last;
            }
            if (job.endDate() == null && snapshotLast != null && start <= snapshotLast && evidencedInSnapshotLast) {
                add(ranges, snapshotLast + 1, lastCounted);
            }
        }
        return countUnion(ranges);
    }

    private static int end(ClaimedJob job, int lastCounted) {
        return job.endDate() == null ? lastCounted : Math.min(month(job.endDate()), lastCounted);
    }

    private static int decemberOf(int year) {
        return year * 12 + 11;
    }

    private static int month(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    private static int month(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static void add(List<int[]> ranges, int from, int to) {
        if (from <= to) {
            ranges.add(new int[] {from, to});
        }
    }

    /** Months covered by at least one range (both ends included). */
    private static int countUnion(List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return 0;
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int count = 0;
        int from = ranges.get(0)[0];
        int to = ranges.get(0)[1];
        for (int[] range : ranges) {
            if (range[0] > to + 1) {
                count += to - from + 1;
                from = range[0];
                to = range[1];
            } else {
                to = Math.max(to, range[1]);
            }
        }
        return count + to - from + 1;
    }
}
