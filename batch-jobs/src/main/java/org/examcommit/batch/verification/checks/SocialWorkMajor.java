package org.examcommit.batch.verification.checks;

import java.util.Locale;

/** A major is social work when its name contains 社会工作 or "social work" (any case). */
public final class SocialWorkMajor {

    private SocialWorkMajor() {}

    public static boolean isSocialWork(String major) {
        String text = TextNormaliser.normalise(major);
        return text != null
                && (text.contains("社会工作") || text.toLowerCase(Locale.ROOT).contains("social work"));
    }
}
