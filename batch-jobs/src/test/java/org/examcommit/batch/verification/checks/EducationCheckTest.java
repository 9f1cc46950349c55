package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.batch.verification.checks.Fixtures.CANDIDATE;
import static org.examcommit.batch.verification.checks.Fixtures.ID;
import static org.examcommit.batch.verification.checks.Fixtures.claim;
import static org.examcommit.batch.verification.checks.Fixtures.matchingRecord;

import java.time.LocalDate;
import java.util.List;
import org.examcommit.contract.Outcome;
import org.junit.jupiter.api.Test;

class EducationCheckTest {

    @Test
    void passesWhenEveryFieldMatches() {
        assertThat(EducationCheck.row(CANDIDATE, claim(), matchingRecord())).isEqualTo(Outcome.PASS);
    }

    @Test
    void passesWhenTheHolderIdNumberDiffersOnlyByTheCaseOfX() {
        EducationRecord r = matchingRecord();
        EducationRecord lower =
                new EducationRecord(ID.toLowerCase(), r.name(), r.school(), r.major(), r.level(), r.graduationDate());
        assertThat(EducationCheck.row(CANDIDATE, claim(), lower)).isEqualTo(Outcome.PASS);
    }

    @Test
    void passesWhenSchoolDiffersOnlyByFullWidthCharacters() {
        EducationRecord r = matchingRecord();
        EducationRecord wide =
                new EducationRecord(r.idNumber(), r.name(), "北京大学\u3000", r.major(), r.level(), r.graduationDate());
        assertThat(EducationCheck.row(CANDIDATE, claim(), wide)).isEqualTo(Outcome.PASS);
    }

    @Test
    void isUnverifiableWhenTheRegistryHoldsNoRecord() {
        assertThat(EducationCheck.row(CANDIDATE, claim(), null)).isEqualTo(Outcome.UNVERIFIABLE);
    }

    @Test
    void failsWhenTheCertificateBelongsToAnotherHolder() {
        EducationRecord r = matchingRecord();
        EducationRecord other = new EducationRecord(
                "110101199003074514", r.name(), r.school(), r.major(), r.level(), r.graduationDate());
        assertThat(EducationCheck.row(CANDIDATE, claim(), other)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void failsWhenTheNameOnTheCertificateDiffers() {
        EducationRecord r = matchingRecord();
        EducationRecord other =
                new EducationRecord(r.idNumber(), "李四", r.school(), r.major(), r.level(), r.graduationDate());
        assertThat(EducationCheck.row(CANDIDATE, claim(), other)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void failsWhenTheSchoolDiffers() {
        EducationRecord r = matchingRecord();
        EducationRecord other =
                new EducationRecord(r.idNumber(), r.name(), "清华大学", r.major(), r.level(), r.graduationDate());
        assertThat(EducationCheck.row(CANDIDATE, claim(), other)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void failsWhenTheMajorDiffers() {
        EducationRecord r = matchingRecord();
        EducationRecord other =
                new EducationRecord(r.idNumber(), r.name(), r.school(), "法学", r.level(), r.graduationDate());
        assertThat(EducationCheck.row(CANDIDATE, claim(), other)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void failsWhenTheLevelDiffers() {
        EducationRecord r = matchingRecord();
        EducationRecord other = new EducationRecord(
                r.idNumber(), r.name(), r.school(), r.major(), "JUNIOR_COLLEGE", r.graduationDate());
        assertThat(EducationCheck.row(CANDIDATE, claim(), other)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void failsWhenTheGraduationDateDiffers() {
        EducationRecord r = matchingRecord();
        EducationRecord other =
                new EducationRecord(r.idNumber(), r.name(), r.school(), r.major(), r.level(), LocalDate.of(2012, 7, 2));
        assertThat(EducationCheck.row(CANDIDATE, claim(), other)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void comparesTheNameOnTheCertificateNotTheCurrentName() {
        EducationRecord r = matchingRecord();
        EducationRecord oldName =
                new EducationRecord(r.idNumber(), "张小三", r.school(), r.major(), r.level(), r.graduationDate());
        assertThat(EducationCheck.row(CANDIDATE, Fixtures.withNameOnCertificate("张小三"), oldName))
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void overallIsFailWhenAnyRowFailsEvenBesideAnUnverifiableRow() {
        assertThat(EducationCheck.overall(List.of(Outcome.PASS, Outcome.UNVERIFIABLE, Outcome.FAIL)))
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void overallIsUnverifiableWhenNoRowFailsAndOneIsUnverifiable() {
        assertThat(EducationCheck.overall(List.of(Outcome.PASS, Outcome.UNVERIFIABLE)))
                .isEqualTo(Outcome.UNVERIFIABLE);
    }

    @Test
    void overallIsPassWhenEveryRowPasses() {
        assertThat(EducationCheck.overall(List.of(Outcome.PASS, Outcome.PASS))).isEqualTo(Outcome.PASS);
    }

    @Test
    void overallIsUnverifiableWithNoRows() {
        assertThat(EducationCheck.overall(List.of())).isEqualTo(Outcome.UNVERIFIABLE);
    }
}
