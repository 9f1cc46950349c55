package org.examcommit.contract;

import java.util.Set;

/** verification_results.reasons (DATA-CONTRACT §2): the causes of an ONSITE route, in the order they are listed. */
public enum ReasonCode implements ContractCode {
    NOT_CHOSEN,
    WITHDRAWN,
    NOT_APPLICABLE,
    IDENTITY_FAIL,
    IDENTITY_UNVERIFIABLE,
    EDUCATION_FAIL,
    EDUCATION_UNVERIFIABLE,
    DEGREE_FAIL,
    DEGREE_UNVERIFIABLE,
    INELIGIBLE,
    UNDETERMINED,
    NAME_CHANGED,
    ARCHIVE_BARRED;

    private static final CodeList<ReasonCode> CODES = new CodeList<>("ReasonCode", values());

    @Override
    public String code() {
        return name();
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static ReasonCode fromCode(String code) {
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
