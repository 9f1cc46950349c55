package org.examcommit.registration.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.examcommit.registration.exam.ExamWindow;

/**
 * The given-up rule: an application still ONSITE_REQUIRED when its province's on-site verification
 * deadline has passed is given up. Which windows are past their deadline is decided here; the
 * service applies it to the applications of those windows in one statement.
 */
public final class OverdueOnsiteVerification {

    private OverdueOnsiteVerification() {}

    /** The windows whose on-site verification deadline has passed at {@code now}. */
    public static List<ExamWindow> windowsPastDeadline(Collection<ExamWindow> windows, Instant now) {
        return windows.stream()
                .filter(w -> now.isAfter(w.onsiteVerificationDeadline()))
                .toList();
    }

    public static String reason(ExamWindow window) {
        return "On-site verification deadline " + window.onsiteVerificationDeadline() + " of " + window.describe()
                + " passed without a verification";
    }
}
