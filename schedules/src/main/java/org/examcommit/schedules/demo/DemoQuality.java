package org.examcommit.schedules.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.examcommit.contract.FlagPattern;

/**
 * How well a night's flags match the generator's ground truth: per pattern of contract §3, the applications
 * flagged, the applications the ground truth names, and the hits, giving precision (hits / flagged) and recall
 * (hits / truth). Only applications the night verified count on the truth side: a row the import quarantined
 * (the generator writes a few bad ones on purpose) cannot be flagged.
 */
public final class DemoQuality {

    /** The ground truth file the generator writes beside a bundle with the statistical injection. */
    public static final String GROUND_TRUTH = "ground_truth.csv";

    private DemoQuality() {}

    /** One pattern's figures; precision is empty when nothing was flagged, recall when the truth names nothing. */
    public record PatternQuality(FlagPattern pattern, int flagged, int truth, int hits) {

        public OptionalDouble precision() {
            return flagged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / flagged);
        }

        public OptionalDouble recall() {
            return truth == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits / truth);
        }
    }

    /**
     * Scores every pattern of §3 in the contract's order. {@code truth} and {@code flagged} map a pattern code to
     * application ids; {@code verified} is the night's verified applications.
     */
    public static List<PatternQuality> score(
            Map<String, Set<String>> truth, Map<String, Set<String>> flagged, Set<String> verified) {
        List<PatternQuality> scores = new ArrayList<>();
        for (FlagPattern pattern : FlagPattern.values()) {
            Set<String> expected = new HashSet<>(truth.getOrDefault(pattern.name(), Set.of()));
            expected.retainAll(verified);
            Set<String> found = flagged.getOrDefault(pattern.name(), Set.of());
            int hits = (int) found.stream().filter(expected::contains).count();
            scores.add(new PatternQuality(pattern, found.size(), expected.size(), hits));
        }
        return scores;
    }

    /**
     * The ground truth of a generated bundle as pattern -> application ids: the application rows of
     * {@code ground_truth.csv} as they are, and each injected employer cluster (a credit code and a start month)
     * as every application whose candidate claims a job at that employer starting in that month, however the
     * candidate came to be there (the pattern flags the cell, not the injection).
     */
    public static Map<String, Set<String>> groundTruth(Path bundle) throws IOException {
        Map<String, Set<String>> truth = new HashMap<>();
        Set<String> clusterCells = new HashSet<>();
        for (String[] row : rows(bundle.resolve(GROUND_TRUTH))) {
            if (row[0].equals(FlagPattern.EMPLOYER_CLUSTER.name())) {
                clusterCells.add(row[1] + "|" + row[2]);
            } else {
                truth.computeIfAbsent(row[0], p -> new HashSet<>()).add(row[3]);
            }
        }
        if (clusterCells.isEmpty()) {
            return truth;
        }
        // work_experience: candidate_id, seq, employer_name, employer_credit_code, start_date, ...
        Set<String> clustered = new HashSet<>();
        for (String[] job : rows(bundle.resolve("work_experience.csv"))) {
            if (clusterCells.contains(job[3] + "|" + job[4].substring(0, 7))) {
                clustered.add(job[0]);
            }
        }
        // applications: application_id, candidate_id, ...
        Set<String> clusterApplications =
                truth.computeIfAbsent(FlagPattern.EMPLOYER_CLUSTER.name(), p -> new HashSet<>());
        for (String[] application : rows(bundle.resolve("applications.csv"))) {
            if (clustered.contains(application[1])) {
                clusterApplications.add(application[0]);
            }
        }
        return truth;
    }

    /** The data rows of a generated CSV file (the files read here never quote a field). */
    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }
}
