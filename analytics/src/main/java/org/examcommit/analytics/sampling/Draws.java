package org.examcommit.analytics.sampling;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.examcommit.contract.draw.Hex;
import org.examcommit.contract.draw.SampleSize;
import org.examcommit.contract.draw.Tickets;

/**
 * The draw over committed populations: each application's ticket (HMAC-SHA256 under its draw's
 * seed), then per draw and province the k = ceil(ratio × n) smallest tickets, ties by the smaller
 * application_id. Tickets are fixed-width lowercase hex, so Spark's binary string order is the
 * unsigned order of §4, and application_id compares by its UTF-8 bytes as the contract says.
 */
public final class Draws {

    private Draws() {}

    /** A committed draw's key: its seed (hex) and ratio (a decimal's text). */
    public record Key(String seedHex, String ratio) implements Serializable {}

    /** {@code sampled} (draw_id, province_code, application_id, ticket) and {@code draw_strata} rows. */
    public record Result(Dataset<Row> sampled, Dataset<Row> strata) {}

    /** {@code population}: draw_id, province_code, application_id; {@code keys} by draw_id. */
    public static Result draw(Dataset<Row> population, Map<String, Key> keys) {
        HashMap<String, Key> byDraw = new HashMap<>(keys);
        UserDefinedFunction ticket = udf(new TicketOf(byDraw), DataTypes.StringType);
        UserDefinedFunction k = udf(
                (UDF2<String, Long, Integer>) (drawId, n) -> Math.toIntExact(SampleSize.of(
                        new java.math.BigDecimal(byDraw.get(drawId).ratio()), n)),
                DataTypes.IntegerType);
        WindowSpec stratum = Window.partitionBy("draw_id", "province_code");
        Dataset<Row> ranked = population
                .select("draw_id", "province_code", "application_id")
                .withColumn("ticket", ticket.apply(col("draw_id"), col("application_id")))
                .withColumn("rank", row_number().over(stratum.orderBy(col("ticket"), col("application_id"))))
                .withColumn("n", count(lit(1)).over(stratum))
                .withColumn("k", k.apply(col("draw_id"), col("n")))
                .cache();
        Dataset<Row> sampled =
                ranked.filter(col("rank").leq(col("k"))).select("draw_id", "province_code", "application_id", "ticket");
        Dataset<Row> strata = ranked.groupBy("draw_id", "province_code")
                .agg(
                        count(lit(1)).cast("int").as("population_size"),
                        first("k").as("sample_size"),
                        max(when(col("rank").leq(col("k")), col("ticket"))).as("cutoff_ticket"));
        return new Result(sampled, strata);
    }

    /** The ticket UDF: one {@link Tickets} (one Mac) per draw, made once per task, not per row. */
    private static final class TicketOf implements UDF2<String, String, String> {

        private final HashMap<String, Key> keys;
        private transient Map<String, Tickets> tickets;

        TicketOf(HashMap<String, Key> keys) {
            this.keys = keys;
        }

        @Override
        public String call(String drawId, String applicationId) {
            if (tickets == null) {
                tickets = new HashMap<>();
            }
            return tickets.computeIfAbsent(
                            drawId, id -> new Tickets(Hex.parse(keys.get(id).seedHex())))
                    .hex(applicationId);
        }
    }
}
