package org.examcommit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractCodesTest {

    @Test
    void readsAProvinceByItsTwoDigitCode() {
        assertThat(Province.fromCode("44")).isEqualTo(Province.GUANGDONG);
        assertThat(Province.isCode("31")).isTrue();
        assertThat(Province.isCode("10")).isFalse();
        assertThat(Province.codes()).hasSize(34).startsWith("11").endsWith("82");
    }

    @Test
    void refusesAnUnknownCodeNamingTheAllowedOnes() {
        assertThatThrownBy(() -> ExamLevel.fromCode("JUNIOR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ASSISTANT, INTERMEDIATE, SENIOR");
        assertThat(Commitment.isCode(null)).isFalse();
        assertThat(Commitment.isCode(" COMMITTED")).isFalse();
    }

    @Test
    void ranksEducationLevelsAsTheContractDoes() {
        assertThat(EducationLevel.SECONDARY_VOCATIONAL.meets(EducationLevel.HIGH_SCHOOL))
                .isTrue();
        assertThat(EducationLevel.HIGH_SCHOOL.meets(EducationLevel.SECONDARY_VOCATIONAL))
                .isTrue();
        assertThat(EducationLevel.JUNIOR_COLLEGE.meets(EducationLevel.BACHELOR)).isFalse();
    }

    @Test
    void aRegistryDegreeIsNeverNone() {
        assertThat(Degree.isCode("NONE")).isTrue();
        assertThat(Degree.isAwardedCode("NONE")).isFalse();
        assertThat(Degree.isAwardedCode("MASTER")).isTrue();
        assertThat(Degree.claimed(null)).isFalse();
    }
}
