package org.examcommit.registration.officer;

import jakarta.validation.constraints.Size;
import org.examcommit.contract.Disposition;
import org.examcommit.contract.Disposition.Stage;
import org.examcommit.registration.system.TextBounds;

/**
 * An officer's disposition of a false commitment, as the API takes it.
 *
 * @param stage the stage as the officer states it; absent: derived from the exam dates and {@code certified}
 * @param certified absent means not certified
 * @param basis the rule applied
 * @param findingId the finding the disposition settles: required, CONFIRMED, about the same application
 */
record DispositionRequest(
        Disposition disposition,
        Stage stage,
        Boolean certified,
        @Size(max = TextBounds.REASON) String basis,
        Long findingId,
        @Size(max = TextBounds.REASON) String reason) {

    boolean isCertified() {
        return Boolean.TRUE.equals(certified);
    }
}
