package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.batch.verification.checks.Fixtures.CANDIDATE;
import static org.examcommit.batch.verification.checks.Fixtures.claim;
import static org.examcommit.batch.verification.checks.Fixtures.matchingDegree;

import java.util.List;
import org.examcommit.contract.Outcome;
import org.junit.jupiter.api.Test;

class DegreeCheckTest {

    @Test
    void passesWhenHolderNameDegreeSchoolAndMajorMatch() {
        assertThat(DegreeCheck.row(CANDIDATE, claim(), matchingDegree())).isEqualTo(Outcome.PASS);
    }

    @Test
    void isUnverifiableWithoutADegreeCertificateNumber() {
        assertThat(DegreeCheck.row(CANDIDATE, Fixtures.withDegree("BACHELOR", null), matchingDegree()))
                .isEqualTo(Outcome.UNVERIFIABLE);
    }

    @Test
    void isUnverifiableWithABlankDegreeCertificateNumber() {
        assertThat(DegreeCheck.row(CANDIDATE, Fixtures.withDegree("BACHELOR", " "), matchingDegree()))
                .isEqualTo(Outcome.UNVERIFIABLE);
    }

    @Test
    void isUnverifiableWhenTheRegistryHoldsNoRecord() {
        assertThat(DegreeCheck.row(CANDIDATE, claim(), null)).isEqualTo(Outcome.UNVERIFIABLE);
    }

    @Test
    void failsWhenTheDegreeDiffers() {
        DegreeRecord d = matchingDegree();
        assertThat(DegreeCheck.row(
                        CANDIDATE, claim(), new DegreeRecord(d.idNumber(), d.name(), "MASTER", d.school(), d.major())))
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void failsWhenTheHolderDiffers() {
        DegreeRecord d = matchingDegree();
        assertThat(DegreeCheck.row(
                        CANDIDATE,
                        claim(),
                        new DegreeRecord("110101199003074514", d.name(), d.degree(), d.school(), d.major())))
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void failsWhenTheNameDiffers() {
        DegreeRecord d = matchingDegree();
        assertThat(DegreeCheck.row(
                        CANDIDATE, claim(), new DegreeRecord(d.idNumber(), "李四", d.degree(), d.school(), d.major())))
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void failsWhenTheSchoolDiffers() {
        DegreeRecord d = matchingDegree();
        assertThat(DegreeCheck.row(
                        CANDIDATE, claim(), new DegreeRecord(d.idNumber(), d.name(), d.degree(), "清华大学", d.major())))
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void failsWhenTheMajorDiffers() {
        DegreeRecord d = matchingDegree();
        assertThat(DegreeCheck.row(
                        CANDIDATE, claim(), new DegreeRecord(d.idNumber(), d.name(), d.degree(), d.school(), "法学")))
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void aRowWithDegreeNoneOrNullClaimsNoDegree() {
        assertThat(Fixtures.withDegree("NONE", null).claimsDegree()).isFalse();
        assertThat(Fixtures.withDegree(null, "D-001").claimsDegree()).isFalse();
        assertThat(Fixtures.withDegree("MASTER", null).claimsDegree()).isTrue();
    }

    @Test
    void overallIsNotClaimedWhenNoRowClaimsADegree() {
        assertThat(DegreeCheck.overall(List.of())).isEqualTo(Outcome.NOT_CLAIMED);
    }

    @Test
    void overallIsTheWorstOfTheClaimedRows() {
        assertThat(DegreeCheck.overall(List.of(Outcome.PASS, Outcome.UNVERIFIABLE)))
                .isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(DegreeCheck.overall(List.of(Outcome.UNVERIFIABLE, Outcome.FAIL)))
                .isEqualTo(Outcome.FAIL);
    }
}
