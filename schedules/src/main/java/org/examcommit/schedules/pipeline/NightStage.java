package org.examcommit.schedules.pipeline;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One stage of the night as the pipeline walks it: its name in the run history, whether it has work on
 * a night (the import only when bundles are given), and the work, which returns what it did. A retry
 * starts at the first stage of the list that the failed night did not finish.
 *
 * @param name the stage's name in {@code pipeline_stages} (one of RunHistory's stage constants)
 * @param appliesTo whether the stage runs on this night
 * @param work the stage's work
 */
public record NightStage(String name, Predicate<NightPlan> appliesTo, Function<NightPlan, StageOutcome> work) {

    /** A stage that runs every night. */
    public static NightStage always(String name, Function<NightPlan, StageOutcome> work) {
        return new NightStage(name, plan -> true, work);
    }
}
