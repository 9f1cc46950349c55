package org.examcommit.contract;

import java.util.Collection;
import java.util.Set;

/** verification_results identity, education and degree (DATA-CONTRACT §2): a claim checked against a registry. */
public enum Outcome implements ContractCode {
    /** The registry holds a record that matches the claim. */
    PASS,
    /** The registry holds a record that contradicts the claim. */
    FAIL,
    /** The registry holds no record for the claim. */
    UNVERIFIABLE,
    /** Nothing was claimed (degree only). */
    NOT_CLAIMED;

    private static final CodeList<Outcome> CODES = new CodeList<>("Outcome", values());

    @Override
    public String code() {
        return name();
    }

    /** The worst of several row outcomes: FAIL, then UNVERIFIABLE, then PASS; {@code whenEmpty} when there are none. */
    public static Outcome worst(Collection<Outcome> outcomes, Outcome whenEmpty) {
        if (outcomes.isEmpty()) {
            return whenEmpty;
        }
        if (outcomes.contains(FAIL)) {
            return FAIL;
        }
        return outcomes.contains(UNVERIFIABLE) ? UNVERIFIABLE : PASS;
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static Outcome fromCode(String code) {
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
