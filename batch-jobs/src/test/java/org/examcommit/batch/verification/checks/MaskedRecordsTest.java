package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examcommit.contract.Commitment;
import org.junit.jupiter.api.Test;

class MaskedRecordsTest {

    @Test
    void printsNoIdNumberOfAnApplicationsFacts() {
        ApplicationFacts facts = new ApplicationFacts(
                "A1",
                "SW",
                2026,
                "ASSISTANT",
                Commitment.COMMITTED,
                Fixtures.CANDIDATE,
                "张三",
                List.of(new EducationEvidence(Fixtures.claim(), Fixtures.matchingRecord(), Fixtures.matchingDegree())),
                List.of(),
                List.of(),
                List.of());

        assertThat(facts.toString()).doesNotContain(Fixtures.ID).contains("110101********123X");
    }
}
