package org.examcommit.contract;

import java.util.Set;

/** flags.pattern and key_supervision.reasons (DATA-CONTRACT §3): the smart-supervision patterns. */
public enum FlagPattern implements ContractCode {
    IDENTITY_MISMATCH,
    CERT_NOT_FOUND,
    CERT_MISMATCH,
    CERT_SHARED,
    WORK_YEARS_INFLATED,
    WORK_OVERLAP,
    WORK_BEFORE_16,
    PHONE_SHARED,
    DUPLICATE_APPLICATION,
    EMPLOYER_CLUSTER,
    REPORTED,
    ANOMALY;

    private static final CodeList<FlagPattern> CODES = new CodeList<>("FlagPattern", values());

    @Override
    public String code() {
        return name();
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static FlagPattern fromCode(String code) {
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
