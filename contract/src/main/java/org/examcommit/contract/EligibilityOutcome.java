package org.examcommit.contract;

import java.util.Set;

/** verification_results.eligibility (DATA-CONTRACT §2): whether an application meets a rule of its exam and level. */
public enum EligibilityOutcome implements ContractCode {
    /** A rule is met by verified (PASS) education rows and evidenced social-work months. */
    ELIGIBLE,
    /** No rule would be met even if every claim were true; also when the exam and level have no rules. */
    INELIGIBLE,
    /** The claims would qualify, the evidence does not confirm them. */
    UNDETERMINED;

    private static final CodeList<EligibilityOutcome> CODES = new CodeList<>("EligibilityOutcome", values());

    @Override
    public String code() {
        return name();
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static EligibilityOutcome fromCode(String code) {
        return CODES.fromCode(code);
    }

    public static boolean isCode(String code) {
        return CODES.isCode(code);
    }

    /** Every code, in the contract's order. */
    public static Set<String> codes() {
        return CODES.codes();
    }
}
