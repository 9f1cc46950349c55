package org.examcommit.registration.officer;

import java.util.LinkedHashSet;
import java.util.Set;
import org.examcommit.contract.FlagPattern;
import org.examcommit.registration.system.RuleViolationException;

/**
 * What a finding is about, from a fixed list: every smart-supervision pattern of DATA-CONTRACT §3 (taken from
 * {@link FlagPattern}, so the list cannot drift from the contract), a random check's result, a failed on-site
 * verification, and a public report. The night opens one finding per key-supervision application whose kind joins
 * its patterns with {@code ;} (analytics' Supervision.findings): the queue's kind filter matches each of them.
 */
public final class FindingKind {

    /** Found by the random check of exempt applications (DATA-CONTRACT §4). */
    public static final String RANDOM_CHECK = "RANDOM_CHECK";
    /** Found at the on-site verification. */
    public static final String ONSITE_FAIL = "ONSITE_FAIL";
    /** A report from the public or another authority. */
    public static final String REPORT = "REPORT";

    private static final Set<String> ALL;
    private static final String ORDERED;

    static {
        Set<String> all = new LinkedHashSet<>();
        for (FlagPattern p : FlagPattern.values()) {
            all.add(p.name());
        }
        all.add(RANDOM_CHECK);
        all.add(ONSITE_FAIL);
        all.add(REPORT);
        ALL = Set.copyOf(all);
        ORDERED = String.join(", ", all);
    }

    private FindingKind() {}

    /** Every kind: the contract's patterns in their order, then RANDOM_CHECK, ONSITE_FAIL, REPORT. */
    public static Set<String> all() {
        return ALL;
    }

    /** The finding kind of a smart-supervision pattern. */
    public static String of(FlagPattern pattern) {
        return pattern.name();
    }

    /** A kind of the list (stripped), or null when absent or blank; another value is refused naming the list. */
    static String optional(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String kind = raw.strip();
        if (!ALL.contains(kind)) {
            throw RuleViolationException.badInput(field, field + ".code", field + " must be one of " + ORDERED);
        }
        return kind;
    }

    /** Like {@link #optional} but required. */
    static String require(String field, String raw) {
        String kind = optional(field, raw);
        if (kind == null) {
            throw RuleViolationException.badInput(
                    field, field + ".required", field + " is required, one of " + ORDERED);
        }
        return kind;
    }
}
