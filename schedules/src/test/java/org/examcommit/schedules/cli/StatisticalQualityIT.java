package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examcommit.schedules.demo.BundleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistical patterns measured against the generator's ground truth: a night on a generated
 * bundle with injected employer clusters (and large employers hiring every month as look-alikes) and
 * outliers, then precision and recall per pattern; and a night on the same bundle without injection,
 * where ANOMALY may flag at most 1 % of the applications.
 */
class StatisticalQualityIT {

    static final String RUN_DATE = "2026-11-20";
    static final int APPLICATIONS = 5000;

    @TempDir
    Path work;

    @Test
    void employerClustersAndOutliersAreFoundAsTheGroundTruthSays() throws Exception {
        Path bundle = work.resolve("bundle");
        BundleGenerator.write(bundle, APPLICATIONS, 42, true);
        Map<String, Set<String>> flagged = night(bundle);

        Set<String> clusterCells = new HashSet<>();
        Set<String> outliers = new HashSet<>();
        for (List<String> row : rows(bundle.resolve("ground_truth.csv"))) {
            if (row.get(0).equals("EMPLOYER_CLUSTER")) {
                clusterCells.add(row.get(1) + "|" + row.get(2));
            } else if (row.get(0).equals("ANOMALY")) {
                outliers.add(row.get(3));
            }
        }
        // an application is in a cluster when its candidate claims a job starting at an injected employer and month
        Set<String> clustered = new HashSet<>();
        for (List<String> job : rows(bundle.resolve("work_experience.csv"))) {
            if (clusterCells.contains(job.get(3) + "|" + job.get(4).substring(0, 7))) {
                clustered.add(job.get(0));
            }
        }
        Set<String> clusterApplications = new HashSet<>();
        Set<String> applications = new HashSet<>();
        for (List<String> a : rows(bundle.resolve("applications.csv"))) {
            applications.add(a.get(0));
            if (clustered.contains(a.get(1))) {
                clusterApplications.add(a.get(0));
            }
        }

        Quality cluster = Quality.of(flagged.getOrDefault("EMPLOYER_CLUSTER", Set.of()), clusterApplications);
        Quality anomaly = Quality.of(flagged.getOrDefault("ANOMALY", Set.of()), outliers);
        long falseAnomalies = flagged.getOrDefault("ANOMALY", Set.of()).stream()
                .filter(a -> !outliers.contains(a))
                .count();
        System.out.printf(
                "quality on %d applications: EMPLOYER_CLUSTER %s over %d injected clusters;"
                        + " ANOMALY %s, %d flagged outside the injected outliers (%.2f %% of the others)%n",
                applications.size(),
                cluster,
                clusterCells.size(),
                anomaly,
                falseAnomalies,
                100.0 * falseAnomalies / (applications.size() - outliers.size()));
        assertThat(cluster.precision())
                .as("EMPLOYER_CLUSTER precision " + cluster)
                .isGreaterThanOrEqualTo(0.95);
        assertThat(cluster.recall()).as("EMPLOYER_CLUSTER recall " + cluster).isGreaterThanOrEqualTo(0.95);
        assertThat(falseAnomalies).isLessThanOrEqualTo(applications.size() / 100);
    }

    @Test
    void withoutInjectedOutliersAnomalyFlagsAtMostOnePercent() throws Exception {
        Path bundle = work.resolve("clean");
        BundleGenerator.write(bundle, APPLICATIONS, 42, false);
        Set<String> anomalies = night(bundle).getOrDefault("ANOMALY", Set.of());
        System.out.printf(
                "ANOMALY on %d applications without injection: %d flagged (%.2f %%)%n",
                APPLICATIONS, anomalies.size(), 100.0 * anomalies.size() / APPLICATIONS);
        assertThat(anomalies.size()).isLessThanOrEqualTo(APPLICATIONS / 100);
        assertThat(Files.exists(bundle.resolve("ground_truth.csv"))).isFalse();
    }

    /** Runs the night on the bundle and returns the flagged applications per pattern. */
    private Map<String, Set<String>> night(Path bundle) throws Exception {
        Path nightDir = Files.createDirectories(work.resolve(bundle.getFileName() + "-night"));
        try (PipelineShell shell = new PipelineShell(nightDir)) {
            PipelineShell.Result night = shell.run("run", "--date", RUN_DATE, "--bundle", bundle.toString());
            assertThat(night.exitCode()).as(night.toString()).isZero();
            Path flags = shell.work.resolve("flags.csv");
            PipelineShell.Result export = shell.run("export", "flags", "--date", RUN_DATE, "--out", flags.toString());
            assertThat(export.exitCode()).as(export.toString()).isZero();
            Map<String, Set<String>> byPattern = new HashMap<>();
            for (List<String> row : rows(flags)) {
                byPattern.computeIfAbsent(row.get(2), p -> new HashSet<>()).add(row.get(1));
            }
            return byPattern;
        }
    }

    private static List<List<String>> rows(Path csv) throws Exception {
        List<List<String>> all = ExportedCsv.rows(csv);
        return all.subList(1, all.size());
    }

    record Quality(int flagged, int truth, int hits) {

        static Quality of(Set<String> flagged, Set<String> truth) {
            int hits = (int) flagged.stream().filter(truth::contains).count();
            return new Quality(flagged.size(), truth.size(), hits);
        }

        double precision() {
            return flagged == 0 ? 0 : (double) hits / flagged;
        }

        double recall() {
            return truth == 0 ? 0 : (double) hits / truth;
        }

        @Override
        public String toString() {
            return String.format(
                    "precision %.3f (%d of %d flagged), recall %.3f (%d of %d)",
                    precision(), hits, flagged, recall(), hits, truth);
        }
    }
}
