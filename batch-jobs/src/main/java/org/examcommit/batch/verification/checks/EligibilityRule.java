package org.examcommit.batch.verification.checks;

import java.util.Collection;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.EducationRow;

/**
 * One row of eligibility-rules.csv.
 *
 * @param educationLevel the minimum education level
 * @param socialWorkMajor true when the major must be social work; false when any major will do
 * @param minSocialWorkYears N years, met by 12 * N social-work months
 */
public record EligibilityRule(
        String examCode, String level, EducationLevel educationLevel, boolean socialWorkMajor, int minSocialWorkYears) {

    /** Whether one of the rows and the months meet this rule. */
    public boolean metBy(Collection<EducationRow> rows, int socialWorkMonths) {
        if (socialWorkMonths < 12 * minSocialWorkYears) {
            return false;
        }
        for (EducationRow row : rows) {
            if (row.level().meets(educationLevel) && (!socialWorkMajor || SocialWorkMajor.isSocialWork(row.major()))) {
                return true;
            }
        }
        return false;
    }
}
