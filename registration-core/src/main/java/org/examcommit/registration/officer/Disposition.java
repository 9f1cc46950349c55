package org.examcommit.registration.officer;

/** What a false commitment costs, by the stage at which it is found (DATA-CONTRACT §2). */
public enum Disposition {
    /** Before the exam: the registration is void, the fee is not refunded. */
    REGISTRATION_VOID(Stage.BEFORE_EXAM),
    /** After the exam: the scores are void. */
    SCORES_VOID(Stage.AFTER_EXAM),
    /** After certification: the certificate is void. */
    CERTIFICATE_VOID(Stage.AFTER_CERTIFICATION);

    private final Stage stage;

    Disposition(Stage stage) {
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }

    /** Where the exam stands for an application when its false commitment is disposed of. */
    public enum Stage {
        BEFORE_EXAM,
        AFTER_EXAM,
        AFTER_CERTIFICATION
    }
}
