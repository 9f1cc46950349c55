package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.batch.verification.checks.Fixtures.CANDIDATE;

import org.examcommit.contract.Outcome;
import org.junit.jupiter.api.Test;

class IdentityCheckTest {

    @Test
    void passesWhenTheRegistryNameMatches() {
        assertThat(IdentityCheck.check(CANDIDATE, "张三")).isEqualTo(Outcome.PASS);
    }

    @Test
    void passesWhenTheNamesDifferOnlyByNormalisation() {
        assertThat(IdentityCheck.check(new Candidate(Fixtures.ID, "古丽·买买提"), " 古丽・买买提 "))
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void failsWhenTheRegistryHoldsAnotherName() {
        assertThat(IdentityCheck.check(CANDIDATE, "张叁")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void isUnverifiableWhenTheRegistryHoldsNoRecord() {
        assertThat(IdentityCheck.check(CANDIDATE, null)).isEqualTo(Outcome.UNVERIFIABLE);
    }
}
