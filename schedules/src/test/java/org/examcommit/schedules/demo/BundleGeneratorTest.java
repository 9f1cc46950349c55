package org.examcommit.schedules.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleGeneratorTest {

    private static final List<String> DATASETS = List.of(
            "candidates",
            "education",
            "work_experience",
            "applications",
            "public_reports",
            "identity_registry",
            "education_registry",
            "degree_registry",
            "social_insurance",
            "integrity_archive");

    @Test
    void writesEveryDatasetWithTheAskedNumberOfApplications(@TempDir Path dir) throws IOException {
        long rows = BundleGenerator.write(dir, 300, 7);

        long written = 0;
        for (String dataset : DATASETS) {
            List<String> lines = Files.readAllLines(dir.resolve(dataset + ".csv"));
            assertThat(lines).as(dataset).isNotEmpty();
            written += lines.size() - 1;
        }
        assertThat(written).isEqualTo(rows);
        assertThat(Files.readAllLines(dir.resolve("applications.csv"))).hasSize(1 + 300);
        assertThat(Files.readAllLines(dir.resolve("candidates.csv")).get(0))
                .isEqualTo("candidate_id,id_number,name,phone,registered_at");
    }

    @Test
    void sameSeedWritesTheSameBundle(@TempDir Path first, @TempDir Path second) throws IOException {
        BundleGenerator.write(first, 200, 42);
        BundleGenerator.write(second, 200, 42);

        for (String dataset : DATASETS) {
            assertThat(Files.readString(second.resolve(dataset + ".csv")))
                    .as(dataset)
                    .isEqualTo(Files.readString(first.resolve(dataset + ".csv")));
        }
    }
}
