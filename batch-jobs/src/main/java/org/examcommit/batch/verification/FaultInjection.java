package org.examcommit.batch.verification;

import java.util.List;

/**
 * A test seam: a test context may register one to make processing or writing fail on chosen applications
 * part-way through a night (to prove skips, the skip limit and restarts). No production bean implements it.
 */
interface FaultInjection {

    /** What a night runs with when no test registered one. */
    FaultInjection NONE = new FaultInjection() {};

    /** Called before an application is verified; an exception here is a processing failure. */
    default void beforeProcess(String applicationId) {}

    /** Called before a chunk is written; an exception here fails the chunk and the step. */
    default void beforeWrite(List<String> applicationIds) {}

    /** Called after the apply step's statements ran, before its transaction commits; an exception fails the step. */
    default void afterApply(int movedApplications) {}
}
