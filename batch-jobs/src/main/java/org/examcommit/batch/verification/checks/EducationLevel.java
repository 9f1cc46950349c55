package org.examcommit.batch.verification.checks;

/** Education levels in the contract's order: HIGH_SCHOOL = SECONDARY_VOCATIONAL < JUNIOR_COLLEGE < BACHELOR < MASTER < DOCTOR. */
public enum EducationLevel {
    HIGH_SCHOOL(0),
    SECONDARY_VOCATIONAL(0),
    JUNIOR_COLLEGE(1),
    BACHELOR(2),
    MASTER(3),
    DOCTOR(4);

    private final int rank;

    EducationLevel(int rank) {
        this.rank = rank;
    }

    /** Whether this level meets a minimum level. */
    public boolean meets(EducationLevel minimum) {
        return rank >= minimum.rank;
    }
}
