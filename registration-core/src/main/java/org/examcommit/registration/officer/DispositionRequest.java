package org.examcommit.registration.officer;

import org.examcommit.contract.Disposition;
import org.examcommit.contract.Disposition.Stage;

/**
 * An officer's disposition of a false commitment, as the API takes it.
 *
 * @param stage the stage as the officer states it; absent: derived from the exam dates and {@code certified}
 * @param certified absent means not certified
 * @param basis the rule applied
 * @param findingId the finding the disposition settles, if any (it must be about the same application)
 */
record DispositionRequest(
        Disposition disposition, Stage stage, Boolean certified, String basis, Long findingId, String reason) {

    boolean isCertified() {
        return Boolean.TRUE.equals(certified);
    }
}
