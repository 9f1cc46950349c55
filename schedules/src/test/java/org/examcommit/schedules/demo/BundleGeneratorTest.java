package org.examcommit.schedules.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    }

    /**
     * CERT_SHARED and WORK_OVERLAP in the ground truth are exactly what contract §3 makes of the bundle, computed
     * here from the CSV files: a certificate_no, or a degree_certificate_no, on two or more candidates (every
     * application of each); two jobs of one candidate sharing more than one calendar month, an open job to
     * December of the exam year. The look-alikes are there and not in the truth.
     */
    @Test
    void sharedCertificatesAndOverlappingJobsAgreeWithTheBundle(@TempDir Path dir) throws IOException {
        BundleGenerator.write(dir, 3000, 42, true);
        Map<String, Set<String>> truth = DemoQuality.groundTruth(dir);
        List<String[]> education = rows(dir.resolve("education.csv"));
        List<String[]> jobs = rows(dir.resolve("work_experience.csv"));
        List<String[]> applications = rows(dir.resolve("applications.csv"));

        Map<String, Set<String>> holdersOfCertificate = new HashMap<>();
        Map<String, Set<String>> holdersOfDegree = new HashMap<>();
        Map<String, Long> rowsOfCertificate = new HashMap<>();
        for (String[] e : education) {
            holdersOfCertificate.computeIfAbsent(e[6], n -> new HashSet<>()).add(e[0]);
            rowsOfCertificate.merge(e[6], 1L, Long::sum);
            if (!e[8].isEmpty()) {
                holdersOfDegree.computeIfAbsent(e[8], n -> new HashSet<>()).add(e[0]);
            }
        }
        Set<String> sharing = new HashSet<>();
        holdersOfCertificate.values().stream().filter(h -> h.size() >= 2).forEach(sharing::addAll);
        long sharedDegrees = holdersOfDegree.values().stream()
                .filter(h -> h.size() >= 2)
                .peek(sharing::addAll)
                .count();
        // look-alikes: one candidate naming one certificate twice; an education number equal to a degree number
        assertThat(rowsOfCertificate.entrySet().stream()
                        .filter(e -> e.getValue() > 1
                                && holdersOfCertificate.get(e.getKey()).size() == 1))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(holdersOfCertificate.keySet().stream().filter(holdersOfDegree::containsKey))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(sharedDegrees).isGreaterThanOrEqualTo(5);

        Map<String, List<int[]>> jobsOf = new HashMap<>();
        for (String[] j : jobs) {
            int from = month(j[4]);
            int to = Math.min(j[5].isEmpty() ? YEAR_END : month(j[5]), YEAR_END);
            jobsOf.computeIfAbsent(j[0], k -> new ArrayList<>()).add(new int[] {from, to});
        }
        Set<String> overlapping = new HashSet<>();
        int touching = 0;
        for (Map.Entry<String, List<int[]>> candidate : jobsOf.entrySet()) {
            List<int[]> list = candidate.getValue();
            for (int a = 0; a < list.size(); a++) {
                for (int b = a + 1; b < list.size(); b++) {
                    int shared =
                            Math.min(list.get(a)[1], list.get(b)[1]) - Math.max(list.get(a)[0], list.get(b)[0]) + 1;
                    if (shared > 1) {
                        overlapping.add(candidate.getKey());
                    } else if (shared == 1) {
                        touching++;
                    }
                }
            }
        }
        assertThat(touching).as("jobs sharing exactly one month").isGreaterThanOrEqualTo(15);

        Set<String> certShared = new HashSet<>();
        Set<String> workOverlap = new HashSet<>();
        for (String[] a : applications) {
            assertThat(a[3]).isEqualTo("2026"); // the exam year YEAR_END stands for
            if (sharing.contains(a[1])) {
                certShared.add(a[0]);
            }
            if (overlapping.contains(a[1])) {
                workOverlap.add(a[0]);
            }
        }
        assertThat(certShared).hasSizeGreaterThanOrEqualTo(2 * 14);
        assertThat(truth.get("CERT_SHARED")).isEqualTo(certShared);
        assertThat(workOverlap).hasSizeGreaterThanOrEqualTo(2 * 12);
        assertThat(truth.get("WORK_OVERLAP")).isEqualTo(workOverlap);
        // every claimer of another's certificate is contradicted or not found by the registry: its truth says so
        Set<String> certificateFindings = new HashSet<>(truth.get("CERT_MISMATCH"));
        certificateFindings.addAll(truth.get("CERT_NOT_FOUND"));
        assertThat(certificateFindings)
                .containsAll(certShared.stream()
                        .filter(id ->
                                Integer.parseInt(id.substring(1)) % RuleInjection.STRIDE == RuleInjection.CERT_CLAIMER)
                        .toList());
    }

    /**
     * The injected rows make no certificate finding or early job the ground truth does not name: CERT_NOT_FOUND,
     * CERT_MISMATCH (§2's comparison per education and degree claim) and WORK_BEFORE_16 computed here from the
     * bundle are the truth's.
     */
    @Test
    void certificateFindingsAndEarlyJobsAgreeWithTheBundle(@TempDir Path dir) throws IOException {
        BundleGenerator.write(dir, 3000, 42, true);
        Map<String, Set<String>> truth = DemoQuality.groundTruth(dir);
        Map<String, String> idOf = new HashMap<>();
        rows(dir.resolve("candidates.csv")).forEach(c -> idOf.put(c[0], c[1]));
        Map<String, String[]> educationRegistry = new HashMap<>();
        rows(dir.resolve("education_registry.csv")).forEach(r -> educationRegistry.put(r[0], r));
        Map<String, String[]> degreeRegistry = new HashMap<>();
        rows(dir.resolve("degree_registry.csv")).forEach(r -> degreeRegistry.put(r[0], r));
        Set<String> notFound = new HashSet<>();
        Set<String> mismatch = new HashSet<>();
        for (String[] e : rows(dir.resolve("education.csv"))) {
            String id = idOf.get(e[0]);
            String[] r = educationRegistry.get(e[6]);
            if (r == null) {
                notFound.add(e[0]);
            } else if (!List.of(r[1], r[2], r[3], r[4], r[5], r[6]).equals(List.of(id, e[9], e[3], e[4], e[2], e[5]))) {
                mismatch.add(e[0]);
            }
            if (!e[7].isEmpty() && !e[7].equals("NONE")) {
                String[] d = degreeRegistry.get(e[8]);
                if (d == null) {
                    notFound.add(e[0]);
                } else if (!List.of(d[1], d[2], d[3], d[4], d[5]).equals(List.of(id, e[9], e[7], e[3], e[4]))) {
                    mismatch.add(e[0]);
                }
            }
        }
        Set<String> early = new HashSet<>();
        for (String[] j : rows(dir.resolve("work_experience.csv"))) {
            if (java.time.LocalDate.parse(j[4])
                    .isBefore(Person.birthDate(idOf.get(j[0])).plusYears(16))) {
                early.add(j[0]);
            }
        }
        Map<String, Set<String>> expected = new HashMap<>();
        for (String[] a : rows(dir.resolve("applications.csv"))) {
            for (Map.Entry<String, Set<String>> p : Map.of(
                            "CERT_NOT_FOUND", notFound, "CERT_MISMATCH", mismatch, "WORK_BEFORE_16", early)
                    .entrySet()) {
                if (p.getValue().contains(a[1])) {
                    expected.computeIfAbsent(p.getKey(), k -> new HashSet<>()).add(a[0]);
                }
            }
        }
        for (String pattern : List.of("CERT_NOT_FOUND", "CERT_MISMATCH", "WORK_BEFORE_16")) {
            assertThat(truth.get(pattern)).as(pattern).isEqualTo(expected.get(pattern));
        }
    }

    /** December of the generated exam year, 2026, as a month number. */
    private static final int YEAR_END = 2026 * 12 + 11;

    private static int month(String date) {
        return Integer.parseInt(date.substring(0, 4)) * 12 + Integer.parseInt(date.substring(5, 7)) - 1;
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream()
                .map(l -> l.split(",", -1))
                .toList();
    }
}
