package org.examcommit.schedules.analytics;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform starts the Spark analytics (a child JVM through SparkSubmit).
 *
 * @param home the folder holding {@code analytics-app.jar} and {@code spark-jars/} (the analytics
 *     module's build output; {@code ./pipeline} sets ANALYTICS_HOME to it), default {@code analytics/target}
 * @param master the Spark master (env SPARK_MASTER), default {@code local[*]}
 * @param driverMemory the child driver's heap, default {@code 1g}
 * @param clusterMinCandidates EMPLOYER_CLUSTER tests an employer and start month from this many
 *     candidates, default 5
 * @param clusterFdr EMPLOYER_CLUSTER's Benjamini-Hochberg false-discovery rate, default 0.01
 * @param anomalyZ ANOMALY flags a feature above this modified z-score, default 3.5
 * @param anomalyMinGroup ANOMALY's smallest group of comparable applications before the parent group
 *     is used, default 30
 */
@ConfigurationProperties("examcommit.analytics")
public record AnalyticsProperties(
        @DefaultValue("analytics/target") String home,
        @DefaultValue("local[*]") String master,
        @DefaultValue("1g") String driverMemory,
        @DefaultValue("5") int clusterMinCandidates,
        @DefaultValue("0.01") double clusterFdr,
        @DefaultValue("3.5") double anomalyZ,
        @DefaultValue("30") int anomalyMinGroup) {

    /** The statistical thresholds as the supervision's NAME=VALUE arguments. */
    List<String> statisticalArguments() {
        return List.of(
                "cluster-min-candidates=" + clusterMinCandidates,
                "cluster-fdr=" + clusterFdr,
                "anomaly-z=" + anomalyZ,
                "anomaly-min-group=" + anomalyMinGroup);
    }
}
