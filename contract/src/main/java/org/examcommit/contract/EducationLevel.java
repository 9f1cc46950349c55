package org.examcommit.contract;

import java.util.Set;

/** education.level and education_registry.level (DATA-CONTRACT §1), lowest first: HIGH_SCHOOL = SECONDARY_VOCATIONAL < JUNIOR_COLLEGE < BACHELOR < MASTER < DOCTOR. */
public enum EducationLevel implements ContractCode {
    HIGH_SCHOOL(0),
    SECONDARY_VOCATIONAL(0),
    JUNIOR_COLLEGE(1),
    BACHELOR(2),
    MASTER(3),
    DOCTOR(4);

    private static final CodeList<EducationLevel> CODES = new CodeList<>("EducationLevel", values());

    private final int rank;

    EducationLevel(int rank) {
        this.rank = rank;
    }

    @Override
    public String code() {
        return name();
    }

    /** Whether this level meets a minimum level (an eligibility rule's education_level is a minimum). */
    public boolean meets(EducationLevel minimum) {
        return rank >= minimum.rank;
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static EducationLevel fromCode(String code) {
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
