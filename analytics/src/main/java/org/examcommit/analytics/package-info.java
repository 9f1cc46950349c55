/**
 * Spark applications of the nightly supervision: cross-checks, the verifiable random draw,
 * anomaly flags and publishing. Built without Spring; run by the platform as a child process
 * through Spark's own SparkSubmit. The applications arrive with the analytics issue.
 */
package org.examcommit.analytics;
