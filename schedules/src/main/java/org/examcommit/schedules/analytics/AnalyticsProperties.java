package org.examcommit.schedules.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform starts the Spark analytics (a child JVM through SparkSubmit).
 *
 * @param home the folder holding {@code analytics-app.jar} and {@code spark-jars/} (the analytics
 *     module's build output; {@code ./pipeline} sets ANALYTICS_HOME to it), default {@code analytics/target}
 * @param master the Spark master (env SPARK_MASTER), default {@code local[*]}
 * @param driverMemory the child driver's heap, default {@code 1g}
 */
@ConfigurationProperties("examcommit.analytics")
public record AnalyticsProperties(
        @DefaultValue("analytics/target") String home,
        @DefaultValue("local[*]") String master,
        @DefaultValue("1g") String driverMemory) {}
