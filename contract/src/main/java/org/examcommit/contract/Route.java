package org.examcommit.contract;

import java.util.Set;

/** verification_results.route (DATA-CONTRACT §2): where an application goes after the online verification. */
public enum Route implements ContractCode {
    /** Committed, everything verified online, not barred: no on-site verification. */
    EXEMPT,
    /** The candidate brings paper proofs on site. */
    ONSITE;

    private static final CodeList<Route> CODES = new CodeList<>("Route", values());

    @Override
    public String code() {
        return name();
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static Route fromCode(String code) {
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
