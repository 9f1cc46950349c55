package org.examcommit.contract.draw;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The contract's worked example, {@code draw-vectors.csv} (a copy beside the tests: CI has no shared/ of its own). */
record DrawVectors(String seedHex, String seedSha256, BigDecimal ratio, List<Row> rows) {

    record Row(String provinceCode, String applicationId, String ticket, boolean drawn) {

        Member member() {
            return new Member(provinceCode, applicationId);
        }
    }

    /** From the contract (§4), beside the file. */
    static final String POPULATION_SHA256 = "6eebb3a6ea19b3d9b39f4aed421114020082cd07ed7e95102e2966164091bc6a";

    static DrawVectors load() {
        try (InputStream in = DrawVectors.class.getResourceAsStream("/draw/draw-vectors.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<String[]> fields = lines.subList(1, lines.size()).stream()
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split(",", -1))
                    .toList();
            String[] first = fields.get(0);
            return new DrawVectors(
                    first[0],
                    first[1],
                    new BigDecimal(first[2]),
                    fields.stream()
                            .map(f -> new Row(f[3], f[4], f[5], Boolean.parseBoolean(f[6])))
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Member> population() {
        return rows.stream().map(Row::member).toList();
    }

    List<Draw.Drawn> drawn() {
        return rows.stream()
                .filter(Row::drawn)
                .map(r -> new Draw.Drawn(r.provinceCode(), r.applicationId(), r.ticket()))
                .toList();
    }

    byte[] seed() {
        return Seeds.parse(seedHex);
    }
}
