package org.examcommit.contract;

import java.util.Set;

/** integrity_archive.violation (DATA-CONTRACT §1): kinds of misconduct on record. */
public enum Violation implements ContractCode {
    FALSE_COMMITMENT,
    SERIOUS,
    VERY_SERIOUS;

    private static final CodeList<Violation> CODES = new CodeList<>("Violation", values());

    @Override
    public String code() {
        return name();
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static Violation fromCode(String code) {
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
