package org.examcommit.batch.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSpecsTest {

    @Test
    void theTableListsEveryDatasetButSocialInsuranceInLoadOrder() {
        List<String> expected = BundleImportJobConfiguration.DATASETS.stream()
                .filter(name -> !name.equals(SocialInsuranceLoader.DATASET))
                .toList();
        assertThat(DatasetSpecs.ALL.stream().map(DatasetSpec::name)).containsExactlyElementsOf(expected);
    }

    @Test
    void optionalColumnsAreStagedButNotRequired() {
        assertThat(DatasetSpecs.EDUCATION.stageColumns()).contains("degree", "degree_certificate_no");
        assertThat(DatasetSpecs.EDUCATION.requiredColumns()).doesNotContain("degree", "degree_certificate_no");
    }
}
