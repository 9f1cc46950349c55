package org.examcommit.batch.verification.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examcommit.contract.EducationRow;
import org.examcommit.contract.EligibilityOutcome;

/** Eligibility against rules held as data: a new exam is new rule rows, not new code. */
public final class Eligibility {

    private final Map<String, List<EligibilityRule>> rulesByExamAndLevel = new HashMap<>();

    public Eligibility(List<EligibilityRule> rules) {
        for (EligibilityRule rule : rules) {
            rulesByExamAndLevel
                    .computeIfAbsent(key(rule.examCode(), rule.level()), k -> new ArrayList<>())
                    .add(rule);
        }
    }

    /**
     * ELIGIBLE when a rule is met by the verified rows and the evidenced months; INELIGIBLE when none would be
     * met by the claimed rows and claimed months (or the exam and level have no rules); UNDETERMINED otherwise.
     */
    public EligibilityOutcome decide(
            String examCode,
            String level,
            List<EducationRow> verifiedRows,
            int evidencedMonths,
            List<EducationRow> claimedRows,
            int claimedMonths) {
        List<EligibilityRule> rules = rulesByExamAndLevel.getOrDefault(key(examCode, level), List.of());
        if (rules.stream().anyMatch(rule -> rule.metBy(verifiedRows, evidencedMonths))) {
            return EligibilityOutcome.ELIGIBLE;
        }
        if (rules.stream().noneMatch(rule -> rule.metBy(claimedRows, claimedMonths))) {
            return EligibilityOutcome.INELIGIBLE;
        }
        return EligibilityOutcome.UNDETERMINED;
    }

    /** How many rules are loaded. */
    public int size() {
        return rulesByExamAndLevel.values().stream().mapToInt(List::size).sum();
    }

    private static String key(String examCode, String level) {
        return examCode.strip() + '\u0000' + level.strip();
    }
}
