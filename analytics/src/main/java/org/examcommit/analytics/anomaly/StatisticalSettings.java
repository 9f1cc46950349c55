package org.examcommit.analytics.anomaly;

import java.util.List;

/**
 * The thresholds of the statistical patterns (DATA-CONTRACT §3 EMPLOYER_CLUSTER and ANOMALY), given
 * to the supervision as {@code NAME=VALUE} arguments after its three positional ones.
 *
 * @param clusterMinCandidates an employer and start month is tested only from this many candidates
 *     (default 5: three or four colleagues starting together is ordinary)
 * @param clusterFdr the Benjamini-Hochberg false-discovery rate over all tested employer months
 *     (default 0.01)
 * @param anomalyZ a feature is an outlier above this modified z-score (default 3.5, Iglewicz and
 *     Hoaglin's recommendation)
 * @param anomalyMinGroup a group of comparable applications needs this many members, otherwise its
 *     parent group is used (default 30)
 */
public record StatisticalSettings(int clusterMinCandidates, double clusterFdr, double anomalyZ, int anomalyMinGroup) {

    public static final StatisticalSettings DEFAULTS = new StatisticalSettings(5, 0.01, 3.5, 30);

    public StatisticalSettings {
        if (clusterMinCandidates < 2) {
            throw new IllegalArgumentException(
                    "cluster-min-candidates must be at least 2, was " + clusterMinCandidates);
        }
        if (!(clusterFdr > 0 && clusterFdr < 1)) {
            throw new IllegalArgumentException("cluster-fdr must lie between 0 and 1, was " + clusterFdr);
        }
        if (!(anomalyZ > 0)) {
            throw new IllegalArgumentException("anomaly-z must be positive, was " + anomalyZ);
        }
        if (anomalyMinGroup < 3) {
            throw new IllegalArgumentException("anomaly-min-group must be at least 3, was " + anomalyMinGroup);
        }
    }

    /** The defaults with each {@code NAME=VALUE} argument applied; an unknown name or bad value is refused. */
    public static StatisticalSettings parse(List<String> arguments) {
        StatisticalSettings s = DEFAULTS;
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected NAME=VALUE, got " + argument);
            }
            String name = argument.substring(0, eq);
            String value = argument.substring(eq + 1);
            try {
                s = switch (name) {
                    case "cluster-min-candidates" ->
                        new StatisticalSettings(Integer.parseInt(value), s.clusterFdr, s.anomalyZ, s.anomalyMinGroup);
                    case "cluster-fdr" ->
                        new StatisticalSettings(
                                s.clusterMinCandidates, Double.parseDouble(value), s.anomalyZ, s.anomalyMinGroup);
                    case "anomaly-z" ->
                        new StatisticalSettings(
                                s.clusterMinCandidates, s.clusterFdr, Double.parseDouble(value), s.anomalyMinGroup);
                    case "anomaly-min-group" ->
                        new StatisticalSettings(
                                s.clusterMinCandidates, s.clusterFdr, s.anomalyZ, Integer.parseInt(value));
                    default -> throw new IllegalArgumentException("unknown setting " + name);
                };
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is not a number: " + value);
            }
        }
        return s;
    }

    /** These settings as the arguments {@link #parse} reads. */
    public List<String> asArguments() {
        return List.of(
                "cluster-min-candidates=" + clusterMinCandidates,
                "cluster-fdr=" + clusterFdr,
                "anomaly-z=" + anomalyZ,
                "anomaly-min-group=" + anomalyMinGroup);
    }
}
