package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.examcommit.batch.verification.checks.Fixtures.withLevelAndMajor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.EducationRow;
import org.examcommit.contract.EligibilityOutcome;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final List<EligibilityRule> CONTRACT_ROWS = contractRows();
    private static final Eligibility RULES = new Eligibility(CONTRACT_ROWS);

    private static List<EligibilityRule> contractRows() {
        try (Reader csv = new InputStreamReader(
                EligibilityTest.class.getResourceAsStream("/eligibility-rules.csv"), StandardCharsets.UTF_8)) {
            return EligibilityRulesCsv.read(csv, "eligibility-rules.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final EducationRow BACHELOR_SW = withLevelAndMajor(EducationLevel.BACHELOR, "社会工作");
    private static final EducationRow BACHELOR_LAW = withLevelAndMajor(EducationLevel.BACHELOR, "法学");
    private static final EducationRow HIGH_SCHOOL = withLevelAndMajor(EducationLevel.HIGH_SCHOOL, "普通高中");

    @Test
    void loadsEveryRuleOfTheContractsCsvWithItsContent() {
        assertThat(RULES.size()).isEqualTo(13);
        // the first row: an empty social_work_major means any major
        assertThat(CONTRACT_ROWS.get(0))
                .isEqualTo(new EligibilityRule("SW", "ASSISTANT", EducationLevel.HIGH_SCHOOL, false, 4));
        assertThat(CONTRACT_ROWS)
                .contains(new EligibilityRule("SW", "INTERMEDIATE", EducationLevel.MASTER, true, 1))
                .contains(new EligibilityRule("SW", "INTERMEDIATE", EducationLevel.DOCTOR, false, 2));
    }

    @Test
    void isEligibleWhenAVerifiedRowAndEvidencedMonthsMeetARule() {
        assertThat(RULES.decide("SW", "ASSISTANT", List.of(BACHELOR_SW), 0, List.of(BACHELOR_SW), 0))
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void treatsTheEducationLevelAsAMinimum() {
        EducationRow doctor = withLevelAndMajor(EducationLevel.DOCTOR, "法学");
        assertThat(RULES.decide("SW", "ASSISTANT", List.of(doctor), 24, List.of(doctor), 24))
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void countsSecondaryVocationalAsHighSchool() {
        EducationRow vocational = withLevelAndMajor(EducationLevel.SECONDARY_VOCATIONAL, "护理");
        assertThat(RULES.decide("SW", "ASSISTANT", List.of(vocational), 48, List.of(vocational), 48))
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void needsTwelveMonthsPerYear() {
        assertThat(RULES.decide("SW", "ASSISTANT", List.of(HIGH_SCHOOL), 47, List.of(HIGH_SCHOOL), 47))
                .isEqualTo(EligibilityOutcome.INELIGIBLE);
        assertThat(RULES.decide("SW", "ASSISTANT", List.of(HIGH_SCHOOL), 48, List.of(HIGH_SCHOOL), 48))
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void requiresASocialWorkMajorWhereTheRuleSaysSo() {
        assertThat(RULES.decide("SW", "INTERMEDIATE", List.of(BACHELOR_LAW), 36, List.of(BACHELOR_LAW), 36))
                .isEqualTo(EligibilityOutcome.INELIGIBLE);
        assertThat(RULES.decide("SW", "INTERMEDIATE", List.of(BACHELOR_SW), 36, List.of(BACHELOR_SW), 36))
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void isUndeterminedWhenTheClaimsQualifyButTheEvidenceDoesNot() {
        assertThat(RULES.decide("SW", "ASSISTANT", List.of(), 0, List.of(BACHELOR_SW), 0))
                .isEqualTo(EligibilityOutcome.UNDETERMINED);
    }

    @Test
    void isUndeterminedWhenClaimedMonthsQualifyButEvidencedMonthsDoNot() {
        assertThat(RULES.decide("SW", "ASSISTANT", List.of(BACHELOR_LAW), 12, List.of(BACHELOR_LAW), 24))
                .isEqualTo(EligibilityOutcome.UNDETERMINED);
    }

    @Test
    void isIneligibleWhenEvenTheClaimsWouldNotQualify() {
        assertThat(RULES.decide("SW", "INTERMEDIATE", List.of(HIGH_SCHOOL), 120, List.of(HIGH_SCHOOL), 120))
                .isEqualTo(EligibilityOutcome.INELIGIBLE);
    }

    @Test
    void isIneligibleWithoutEducationRows() {
        assertThat(RULES.decide("SW", "ASSISTANT", List.of(), 120, List.of(), 120))
                .isEqualTo(EligibilityOutcome.INELIGIBLE);
    }

    @Test
    void isIneligibleForAnExamAndLevelWithoutRules() {
        assertThat(RULES.decide("SW", "SENIOR", List.of(BACHELOR_SW), 240, List.of(BACHELOR_SW), 240))
                .isEqualTo(EligibilityOutcome.INELIGIBLE);
        assertThat(RULES.decide("XX", "ASSISTANT", List.of(BACHELOR_SW), 240, List.of(BACHELOR_SW), 240))
                .isEqualTo(EligibilityOutcome.INELIGIBLE);
    }

    @Test
    void takesANewExamFromRuleRowsAlone() {
        Eligibility rules = new Eligibility(EligibilityRulesCsv.read(
                new StringReader(
                        "exam_code,level,education_level,social_work_major,min_social_work_years\nPSY,ASSISTANT,MASTER,,0\n"),
                "test"));
        EducationRow master = withLevelAndMajor(EducationLevel.MASTER, "心理学");
        assertThat(rules.decide("PSY", "ASSISTANT", List.of(master), 0, List.of(master), 0))
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void refusesARulesFileWithoutARequiredColumn() {
        assertThatThrownBy(() ->
                        EligibilityRulesCsv.read(new StringReader("exam_code,level,education_level\n"), "rules.csv"))
                .hasMessageContaining("rules.csv: missing column social_work_major");
    }

    @Test
    void refusesAnUnknownEducationLevelNamingRowAndColumn() {
        assertThatThrownBy(() -> EligibilityRulesCsv.read(
                        new StringReader(
                                "exam_code,level,education_level,social_work_major,min_social_work_years\nSW,ASSISTANT,PHD,,0\n"),
                        "rules.csv"))
                .hasMessageContaining("rules.csv row 1 column education_level");
    }

    @Test
    void recognisesSocialWorkMajorsInChineseAndEnglishAnyCase() {
        assertThat(SocialWorkMajor.isSocialWork("社会工作与管理")).isTrue();
        assertThat(SocialWorkMajor.isSocialWork("Clinical SOCIAL WORK")).isTrue();
        assertThat(SocialWorkMajor.isSocialWork("Ｓｏｃｉａｌ Ｗｏｒｋ")).isTrue();
    }

    @Test
    void doesNotTakeALookAlikeMajorForSocialWork() {
        assertThat(SocialWorkMajor.isSocialWork("社会学")).isFalse();
        assertThat(SocialWorkMajor.isSocialWork("社会保障")).isFalse();
        assertThat(SocialWorkMajor.isSocialWork("Social Sciences")).isFalse();
        assertThat(SocialWorkMajor.isSocialWork("socialwork")).isFalse();
    }
}
