package org.examcommit.registration.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.examcommit.registration.system.RuleViolationException;

/** Assertions on rules that refuse: the refusal names this field and this rule. */
public final class Refusals {

    private Refusals() {}

    public static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            ThrowingCallable call, String field, String rule) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.field()).as("field").isEqualTo(field);
            assertThat(e.rule()).as("rule").isEqualTo(rule);
        });
    }
}
