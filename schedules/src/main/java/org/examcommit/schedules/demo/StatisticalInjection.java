package org.examcommit.schedules.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the generator injects for the statistical patterns, with the ground truth it writes beside the
 * bundle ({@code ground_truth.csv}: pattern, credit code and start month of an injected employer
 * cluster; or pattern and application: an injected outlier (ANOMALY), or an application whose
 * generated data makes a rule-defined pattern of contract §3, as the generator decided it: identity
 * record missing or under another name, a certificate the registry lacks or contradicts, claimed
 * social-work months insurance does not evidence, a job before 16, three candidates on one phone,
 * the same id_number applying twice, a public report, a certificate two candidates claim, two jobs
 * overlapping by more than a month ({@link RuleInjection}).
 *
 * <ul>
 *   <li>Employer clusters: one per 1,000 candidates (at least 3), 8 to 25 candidates whose first job
 *       starts in one month at one employer: half at an ordinary employer of the bundle, half at an
 *       employer nobody else names.
 *   <li>Look-alikes: two large employers that hire every month (together 30 % of all first jobs, so
 *       about 9 % of their claims start in each month of the year), never to be flagged.
 *   <li>Outliers: one per 1,000 candidates (at least 5): half claim six or seven short social-work
 *       jobs one after another, half one social-work job of 26 to 30 years.
 * </ul>
 *
 * <p>It draws from its own random stream, so the rest of the bundle is what the same seed writes
 * without it.
 */
final class StatisticalInjection {

    /** A candidate's first job as injected: employer, start month (a month number), or null to keep it. */
    record Job(String creditCode, int startMonth) {}

    static final int CLUSTER_MIN = 8;
    static final int CLUSTER_MAX = 25;

    private final SplittableRandom random;
    private final String[] largeEmployers;
    private final Map<Integer, Job> clusterMembers = new HashMap<>();
    private final Map<Integer, Integer> outliers = new HashMap<>();
    private final Writer truth;

    StatisticalInjection(Path dir, int candidates, String[] ordinaryEmployers, int lastMonth, long seed)
            throws IOException {
        this.random = new SplittableRandom(seed * 31 + 17);
        this.largeEmployers = new String[] {Person.creditCode(random), Person.creditCode(random)};
        this.truth = Files.newBufferedWriter(dir.resolve("ground_truth.csv"), StandardCharsets.UTF_8);
        truth.write("pattern,employer_credit_code,start_month,application_id\n");
        int clusters = Math.max(3, candidates / 1000);
        int next = 0;
        for (int k = 0; k < clusters; k++) {
            String code = k % 2 == 0
                    ? ordinaryEmployers[random.nextInt(ordinaryEmployers.length)]
                    : Person.creditCode(random);
            // a month within the ordinary first jobs' range (60 to 140 months before the snapshot)
            int month = lastMonth - 60 - random.nextInt(80);
            int size = CLUSTER_MIN + random.nextInt(CLUSTER_MAX - CLUSTER_MIN + 1);
            next += 1 + random.nextInt(Math.max(1, candidates / clusters - size));
            for (int i = 0; i < size && next < candidates; i++, next++) {
                clusterMembers.put(next, new Job(code, month));
            }
            truth.write("EMPLOYER_CLUSTER," + code + "," + monthText(month) + ",\n");
        }
        int count = Math.max(5, candidates / 1000);
        for (int k = 0; k < count; k++) {
            int c = random.nextInt(candidates);
            if (!clusterMembers.containsKey(c)) {
                outliers.put(c, k % 2);
            }
        }
    }

    /** The injected first job of candidate {@code c}, or null for the generator's own choice. */
    Job firstJob(int c, String ordinary) {
        Job cluster = clusterMembers.get(c);
        if (cluster != null) {
            return cluster;
        }
        // the large employers take their share of first jobs whatever the month
        if (random.nextInt(100) < 30 && !outliers.containsKey(c)) {
            return new Job(largeEmployers[random.nextInt(2)], -1);
        }
        return null;
    }

    /** The outlier kind of candidate {@code c} (0 many jobs, 1 a very long job), or -1. */
    int outlier(int c) {
        return outliers.getOrDefault(c, -1);
    }

    /** Records that application {@code applicationId} belongs to an injected outlier. */
    void outlierApplication(String applicationId) throws IOException {
        truth("ANOMALY", applicationId);
    }

    /** Records that the generated data makes {@code pattern} for application {@code applicationId}. */
    void truth(String pattern, String applicationId) {
        try {
            truth.write(pattern + ",,," + applicationId + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void close() throws IOException {
        truth.close();
    }

    static String monthText(int month) {
        return String.format("%04d-%02d", month / 12, month % 12 + 1);
    }
}
