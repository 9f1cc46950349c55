package org.examcommit.contract;

import java.util.Set;

/** integrity_records.disposition (DATA-CONTRACT §2): what a false commitment costs, by the stage at which it is found. */
public enum Disposition implements ContractCode {
    /** Before the exam: the registration is void, the fee is not refunded. */
    REGISTRATION_VOID(Stage.BEFORE_EXAM),
    /** After the exam: the scores are void. */
    SCORES_VOID(Stage.AFTER_EXAM),
    /** After certification: the certificate is void. */
    CERTIFICATE_VOID(Stage.AFTER_CERTIFICATION);

    private static final CodeList<Disposition> CODES = new CodeList<>("Disposition", values());

    private final Stage stage;

    Disposition(Stage stage) {
        this.stage = stage;
    }

    @Override
    public String code() {
        return name();
    }

    public Stage stage() {
        return stage;
    }

    /** The constant of a code; an unknown code is refused naming the allowed ones. */
    public static Disposition fromCode(String code) {
        return CODES.fromCode(code);
    }

    public static boolean isCode(String code) {
        return CODES.isCode(code);
    }

    /** Every code, in the contract's order. */
    public static Set<String> codes() {
        return CODES.codes();
    }

    /** Where the exam stands for an application when its false commitment is disposed of. */
    public enum Stage {
        BEFORE_EXAM,
        AFTER_EXAM,
        AFTER_CERTIFICATION
    }
}
