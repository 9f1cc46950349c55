package org.examcommit.batch.verification;

import java.time.LocalDate;
import org.examcommit.contract.privacy.Redaction;

/** The night's verification did not complete; the message is one masked line. */
public class VerificationFailedException extends RuntimeException {

    public VerificationFailedException(LocalDate runDate, String reason) {
        super("verification of " + runDate + " failed: " + Redaction.firstLine(reason));
    }
}
