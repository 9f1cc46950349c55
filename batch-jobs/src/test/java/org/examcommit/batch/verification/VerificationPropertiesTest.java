package org.examcommit.batch.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.examcommit.batch.verification.checks.Eligibility;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.EducationRow;
import org.examcommit.contract.EligibilityOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class VerificationPropertiesTest {

    @Test
    void defaultsToTheRulesOnTheClasspathAndDocumentedSizes() {
        VerificationProperties p = new VerificationProperties(null, null, null, null, null, null);
        assertThat(p)
                .isEqualTo(new VerificationProperties(
                        8000, 8000, 100, "classpath:eligibility-rules.csv", Duration.ofSeconds(10), 2));
    }

    @Test
    void refusesAChunkSizeBelowOneNamingTheSetting() {
        assertThatThrownBy(() -> new VerificationProperties(0, null, null, null, null, null))
                .hasMessage("examcommit.verification.chunk-size: must be at least 1");
    }

    @Test
    void refusesNoReaderThreadsNamingTheSetting() {
        assertThatThrownBy(() -> new VerificationProperties(null, null, null, null, null, 0))
                .hasMessage("examcommit.verification.reader-threads: must be at least 1");
    }

    @Test
    void readsTheRulesFromAConfiguredFile(@TempDir Path dir) throws IOException {
        Path rules = Files.writeString(
                dir.resolve("rules.csv"),
                "exam_code,level,education_level,social_work_major,min_social_work_years\nPSY,ASSISTANT,MASTER,,0\n");
        VerificationProperties p = new VerificationProperties(null, null, null, "file:" + rules, null, null);

        Eligibility eligibility =
                new VerificationJobConfiguration().verificationEligibility(new DefaultResourceLoader(), p);

        EducationRow master = new EducationRow(1, EducationLevel.MASTER, "北京大学", "心理学", null, "E1", null, null, "张三");
        assertThat(eligibility.size()).isEqualTo(1);
        assertThat(eligibility.decide("PSY", "ASSISTANT", List.of(master), 0, List.of(master), 0))
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void failsAtStartUpNamingTheSettingWhenTheRulesAreMissing(@TempDir Path dir) {
        VerificationProperties p =
                new VerificationProperties(null, null, null, "file:" + dir.resolve("none.csv"), null, null);
        assertThatThrownBy(() ->
                        new VerificationJobConfiguration().verificationEligibility(new DefaultResourceLoader(), p))
                .hasMessageContaining("examcommit.verification.rules-location");
    }
}
