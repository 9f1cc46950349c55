package org.examcommit.batch.verification;

import org.examcommit.contract.privacy.Redaction;

/**
 * An application whose checks could not be run; skipped into the quarantine up to the configured limit. It
 * keeps where the failure happened but not the original exception, whose message may name an id_number.
 */
final class VerificationFailure extends RuntimeException {

    VerificationFailure(String applicationId, Throwable cause) {
        super("application " + applicationId + ": "
                + Redaction.firstLine(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        setStackTrace(cause.getStackTrace());
    }
}
