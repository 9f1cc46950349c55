package org.examcommit.schedules.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.examcommit.batch.bundle.BundleImportJobConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleGeneratorTest {

    /** The ten datasets of DATA-CONTRACT §1, as the import reads them. */
    private static final List<String> DATASETS = BundleImportJobConfiguration.DATASETS;

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

    @Test
    void statisticalInjectionWritesItsGroundTruthAndLeavesTheOtherDatasetsAsTheSeedWritesThem(
            @TempDir Path plain, @TempDir Path injected) throws IOException {
        BundleGenerator.write(plain, 3000, 42);
        BundleGenerator.write(injected, 3000, 42, true);

        for (String dataset : List.of("candidates", "education", "applications", "identity_registry")) {
            assertThat(Files.readString(injected.resolve(dataset + ".csv")))
                    .as(dataset)
                    .isEqualTo(Files.readString(plain.resolve(dataset + ".csv")));
        }
        assertThat(plain.resolve("ground_truth.csv")).doesNotExist();
        List<String> truth = Files.readAllLines(injected.resolve("ground_truth.csv"));
        List<String> clusters =
                truth.stream().filter(l -> l.startsWith("EMPLOYER_CLUSTER,")).toList();
        assertThat(clusters).hasSize(3);
        assertThat(truth.stream().filter(l -> l.startsWith("ANOMALY,"))).hasSizeGreaterThanOrEqualTo(4);
        List<String> jobs = Files.readAllLines(injected.resolve("work_experience.csv"));
        for (String cluster : clusters) {
            String[] f = cluster.split(",");
            long starting = jobs.stream()
                    .map(l -> l.split(","))
                    .filter(j -> j[3].equals(f[1]) && j[4].startsWith(f[2]))
                    .count();
            assertThat(starting).as(cluster).isGreaterThanOrEqualTo(StatisticalInjection.CLUSTER_MIN);
        }
    }
}
