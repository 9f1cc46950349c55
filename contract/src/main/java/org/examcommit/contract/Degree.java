package org.examcommit.contract;

import java.util.Set;

/** education.degree (DATA-CONTRACT §1; null means NONE) and degree_registry.degree (the awarded degrees, NONE excluded). */
public enum Degree implements ContractCode {
    NONE,
    BACHELOR,
    MASTER,
    DOCTOR;

    private static final CodeList<Degree> CODES = new CodeList<>("Degree", values());

    private static final Set<String> AWARDED = Set.of(BACHELOR.code(), MASTER.code(), DOCTOR.code());

    @Override
    public String code() {
        return name();
    }

    /** Whether a degree_registry.degree code is valid: BACHELOR, MASTER or DOCTOR. */
    public static boolean isAwardedCode(String code) {
        return code != null && AWARDED.contains(code);
    }

    /** The degree_registry.degree codes: BACHELOR, MASTER and DOCTOR. */
    public static Set<String> awardedCodes() {
        return AWARDED;
    }

    /** Whether an education row claims a degree: degree not null and not NONE. */
    public static boolean claimed(Degree degree) {
        return degree != null && degree != NONE;
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static Degree fromCode(String code) {
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
