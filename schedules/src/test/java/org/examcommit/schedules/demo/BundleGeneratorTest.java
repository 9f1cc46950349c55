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

    /**
     * The ground truth of the rule-defined patterns that can be read off the bundle itself agrees with it:
     * three or more candidates on one phone, one id_number applying twice, an identity record missing or under
     * another name, a public report.
     */
    @Test
    void groundTruthOfRuleDefinedPatternsAgreesWithTheBundle(@TempDir Path dir) throws IOException {
        BundleGenerator.write(dir, 3000, 42, true);
        java.util.Map<String, java.util.Set<String>> truth = DemoQuality.groundTruth(dir);

        java.util.Map<String, List<String>> candidatesByPhone = new java.util.HashMap<>();
        java.util.Map<String, String> idOf = new java.util.HashMap<>();
        java.util.Map<String, String> nameOf = new java.util.HashMap<>();
        for (String[] c : rows(dir.resolve("candidates.csv"))) {
            candidatesByPhone
                    .computeIfAbsent(c[3], p -> new java.util.ArrayList<>())
                    .add(c[0]);
            idOf.put(c[0], c[1]);
            nameOf.put(c[0], c[2]);
        }
        java.util.Map<String, String> registry = new java.util.HashMap<>();
        for (String[] r : rows(dir.resolve("identity_registry.csv"))) {
            registry.put(r[0], r[1]);
        }
        java.util.Set<String> sharedPhone = new java.util.HashSet<>();
        candidatesByPhone.values().stream().filter(l -> l.size() >= 3).forEach(sharedPhone::addAll);
        java.util.Map<String, Long> applicationsOfId = new java.util.HashMap<>();
        List<String[]> applications = rows(dir.resolve("applications.csv"));
        applications.forEach(a -> applicationsOfId.merge(idOf.get(a[1]), 1L, Long::sum));
        java.util.Set<String> phone = new java.util.HashSet<>();
        java.util.Set<String> duplicate = new java.util.HashSet<>();
        java.util.Set<String> identity = new java.util.HashSet<>();
        for (String[] a : applications) {
            if (sharedPhone.contains(a[1])) {
                phone.add(a[0]);
            }
            if (applicationsOfId.get(idOf.get(a[1])) > 1) {
                duplicate.add(a[0]);
            }
            if (!nameOf.get(a[1]).equals(registry.get(idOf.get(a[1])))) {
                identity.add(a[0]);
            }
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        rows(dir.resolve("public_reports.csv")).forEach(r -> reported.add(r[0]));

        assertThat(phone).hasSizeGreaterThanOrEqualTo(3 * 7);
        assertThat(truth.get("PHONE_SHARED")).isEqualTo(phone);
        assertThat(duplicate).hasSizeGreaterThanOrEqualTo(2 * 29);
        assertThat(truth.get("DUPLICATE_APPLICATION")).isEqualTo(duplicate);
        assertThat(identity).isNotEmpty();
        assertThat(truth.get("IDENTITY_MISMATCH")).isEqualTo(identity);
        assertThat(reported).isNotEmpty();
        assertThat(truth.get("REPORTED")).isEqualTo(reported);
        for (String pattern : List.of("CERT_NOT_FOUND", "CERT_MISMATCH", "WORK_YEARS_INFLATED", "WORK_BEFORE_16")) {
            assertThat(truth.get(pattern)).as(pattern).isNotEmpty();
        }
        assertThat(truth).doesNotContainKeys("CERT_SHARED", "WORK_OVERLAP");
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream()
                .map(l -> l.split(",", -1))
                .toList();
    }
}
