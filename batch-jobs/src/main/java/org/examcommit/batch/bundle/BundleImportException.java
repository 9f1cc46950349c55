package org.examcommit.batch.bundle;

import org.examcommit.contract.privacy.Redaction;

/** An import that could not run or failed; the message is one line and never carries an unmasked id_number or phone. */
public class BundleImportException extends RuntimeException {

    public BundleImportException(String message) {
        super(Redaction.oneLine(message));
    }
}
