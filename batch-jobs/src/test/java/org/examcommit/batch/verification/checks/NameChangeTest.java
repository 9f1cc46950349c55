package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.batch.verification.checks.Fixtures.CANDIDATE;

import org.examcommit.contract.Outcome;
import org.junit.jupiter.api.Test;

class NameChangeTest {

    @Test
    void flagsACertificateThatPassedUnderAnotherName() {
        assertThat(NameChange.passedUnderAnotherName(CANDIDATE, Fixtures.withNameOnCertificate("张小三"), Outcome.PASS))
                .isTrue();
    }

    @Test
    void doesNotFlagACertificateUnderTheCurrentName() {
        assertThat(NameChange.passedUnderAnotherName(CANDIDATE, Fixtures.claim(), Outcome.PASS))
                .isFalse();
    }

    @Test
    void doesNotFlagANameThatDiffersOnlyByNormalisation() {
        assertThat(NameChange.passedUnderAnotherName(CANDIDATE, Fixtures.withNameOnCertificate(" 张三 "), Outcome.PASS))
                .isFalse();
    }

    @Test
    void doesNotFlagACertificateUnderAnotherNameThatDidNotPass() {
        assertThat(NameChange.passedUnderAnotherName(CANDIDATE, Fixtures.withNameOnCertificate("张小三"), Outcome.FAIL))
                .isFalse();
        assertThat(NameChange.passedUnderAnotherName(
                        CANDIDATE, Fixtures.withNameOnCertificate("张小三"), Outcome.UNVERIFIABLE))
                .isFalse();
    }
}
