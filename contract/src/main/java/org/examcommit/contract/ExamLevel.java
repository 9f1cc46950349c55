package org.examcommit.contract;

import java.util.Set;

/** applications.level (DATA-CONTRACT §1): the level of the exam applied for. */
public enum ExamLevel implements ContractCode {
    ASSISTANT,
    INTERMEDIATE,
    SENIOR;

    private static final CodeList<ExamLevel> CODES = new CodeList<>("ExamLevel", values());

    @Override
    public String code() {
        return name();
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static ExamLevel fromCode(String code) {
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
