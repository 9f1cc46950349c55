package org.examcommit.contract;

import java.util.Set;

/** applications.commitment (DATA-CONTRACT §1): the candidate's commitment on an application. */
public enum Commitment implements ContractCode {
    COMMITTED,
    NOT_CHOSEN,
    WITHDRAWN,
    NOT_APPLICABLE;

    private static final CodeList<Commitment> CODES = new CodeList<>("Commitment", values());

    @Override
    public String code() {
        return name();
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static Commitment fromCode(String code) {
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
