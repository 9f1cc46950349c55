package org.examcommit.analytics.supervision;

import org.apache.spark.sql.SparkSession;

/** One local[2] session for every test class of the module (starting Spark is the slow part). */
public final class SparkTest {

    private static SparkSession session;

    private SparkTest() {}

    public static synchronized SparkSession spark() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("analytics-tests")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.session.timeZone", "Asia/Shanghai")
                    .getOrCreate();
        }
        return session;
    }
}
