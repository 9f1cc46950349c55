package org.examcommit.analytics.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.examcommit.analytics.supervision.SparkTest;
import org.examcommit.contract.draw.Draw;
import org.examcommit.contract.draw.Hex;
import org.examcommit.contract.draw.Member;
import org.junit.jupiter.api.Test;

/** The Spark draw gives what the contract's worked example and the plain-Java reference give. */
class DrawsTest {

    private static final StructType POPULATION =
            StructType.fromDDL("draw_id STRING, province_code STRING, application_id STRING");

    /** The contract's draw-vectors.csv (the contract module's test copy): seed, ratio, rows. */
    private static List<String[]> vectors() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../contract/src/test/resources/draw/draw-vectors.csv"));
        return lines.subList(1, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split(","))
                .toList();
    }

    private static Dataset<Row> population(List<Row> rows) {
        return SparkTest.spark().createDataFrame(rows, POPULATION);
    }

    @Test
    void drawsTheWorkedExampleWithItsTicketsAndStrata() throws IOException {
        List<String[]> vectors = vectors();
        List<Row> rows =
                vectors.stream().map(v -> RowFactory.create("D1", v[3], v[4])).toList();
        Draws.Result result = Draws.draw(population(rows), Map.of("D1", new Draws.Key(vectors.get(0)[0], "0.25")));

        List<String> expected = vectors.stream()
                .filter(v -> v[6].strip().equals("true"))
                .map(v -> "D1," + v[3] + "," + v[4] + "," + v[5])
                .toList();
        assertThat(text(result.sampled())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(text(result.strata()))
                .containsExactlyInAnyOrder(
                        "D1,11,7,2,2b66267177c62126", "D1,31,5,2,378c7d60865426b4", "D1,44,8,2,2867784357444469");
    }

    @Test
    void agreesWithThePlainJavaDrawForTwoDrawsAtOnceAndRoundsKExactly() {
        byte[] seedA = new byte[32];
        byte[] seedB = new byte[32];
        seedB[31] = 7;
        List<Row> rows = new ArrayList<>();
        List<Member> a = new ArrayList<>();
        List<Member> b = new ArrayList<>();
        IntStream.rangeClosed(1, 30).forEach(i -> {
            rows.add(RowFactory.create("A", "11", "X" + i));
            a.add(new Member("11", "X" + i));
            rows.add(RowFactory.create("B", "11", "X" + i));
            b.add(new Member("11", "X" + i));
        });
        rows.add(RowFactory.create("B", "65", "Y1"));
        b.add(new Member("65", "Y1"));

        Draws.Result result = Draws.draw(
                population(rows),
                Map.of("A", new Draws.Key(Hex.of(seedA), "0.1"), "B", new Draws.Key(Hex.of(seedB), "0.05")));

        List<String> expected = new ArrayList<>();
        Draw.of(seedA, new BigDecimal("0.1"), a).sampled().forEach(d -> expected.add(line("A", d)));
        Draw.of(seedB, new BigDecimal("0.05"), b).sampled().forEach(d -> expected.add(line("B", d)));
        assertThat(text(result.sampled())).containsExactlyInAnyOrderElementsOf(expected);
        // 0.1 × 30 draws 3 (not 4); 0.05 × 30 draws 2; a one-application stratum draws its one
        assertThat(text(result.strata()))
                .extracting(s -> s.substring(0, s.lastIndexOf(',')))
                .containsExactlyInAnyOrder("A,11,30,3", "B,11,30,2", "B,65,1,1");
    }

    private static String line(String drawId, Draw.Drawn d) {
        return drawId + "," + d.provinceCode() + "," + d.applicationId() + "," + d.ticket();
    }

    private static List<String> text(Dataset<Row> rows) {
        return rows.collectAsList().stream()
                .map(r -> {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < r.length(); i++) {
                        values.add(String.valueOf(r.get(i)));
                    }
                    return String.join(",", values);
                })
                .toList();
    }
}
