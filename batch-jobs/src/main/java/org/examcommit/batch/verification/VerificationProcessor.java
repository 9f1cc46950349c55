package org.examcommit.batch.verification;

import org.examcommit.batch.verification.checks.ApplicationFacts;
import org.examcommit.batch.verification.checks.ApplicationVerifier;
import org.examcommit.batch.verification.checks.VerificationOutcome;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** The pure checks as the step's processor; a failure becomes a skippable {@link VerificationFailure}. */
class VerificationProcessor implements ItemProcessor<ApplicationFacts, VerificationOutcome> {

    private final ApplicationVerifier verifier;
    private final FaultInjection faults;

    VerificationProcessor(ApplicationVerifier verifier, FaultInjection faults) {
        this.verifier = verifier;
        this.faults = faults;
    }

    @Override
    public VerificationOutcome process(ApplicationFacts facts) {
        try {
            faults.beforeProcess(facts.applicationId());
            return verifier.verify(facts);
        } catch (RuntimeException e) {
            throw new VerificationFailure(facts.applicationId(), e);
        }
    }
}
