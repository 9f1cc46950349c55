package org.examcommit.batch.verification;

import java.util.concurrent.atomic.AtomicBoolean;

/** A failure of the verification's apply step, armed by a schedules test to fail one night's verify stage. */
public final class ApplyFault implements FaultInjection {

    private final AtomicBoolean armed = new AtomicBoolean();

    /** The next apply step fails (once). */
    public void failNextApply() {
        armed.set(true);
    }

    @Override
    public void afterApply(int movedApplications) {
        if (armed.getAndSet(false)) {
            throw new IllegalStateException("injected apply failure");
        }
    }
}
