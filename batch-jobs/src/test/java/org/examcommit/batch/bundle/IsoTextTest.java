package org.examcommit.batch.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every fast path of {@link IsoText} gives exactly what the general parser or NFKC gives. */
class IsoTextTest {

    private static final String ALPHABET = "0123456789-:TZtz+. 9";

    @Test
    void datesAreReadAsLocalDateReadsThem() {
        List<String> samples = new ArrayList<>(List.of(
                "2024-02-29",
                "2023-02-29",
                "2026-13-01",
                "2026-00-10",
                "2026-04-31",
                "0000-01-01",
                "9999-12-31",
                "2026-1-01",
                "2026/01/01",
                "+12026-01-01",
                " 2026-01-01",
                "２026-01-01",
                "2026-01-01x"));
        samples.addAll(mutations("2026-03-15", 20_000));
        for (String s : samples) {
            assertThat(IsoText.date(s)).as(s).isEqualTo(referenceDate(s));
        }
    }

    @Test
    void timestampsAreReadAsOffsetDateTimeReadsThem() {
        List<String> samples = new ArrayList<>(List.of(
                "2026-03-01T10:00:00+08:00",
                "2026-03-01T10:00:05+08:00",
                "2026-03-01T10:00:00Z",
                "2026-03-01T10:00:00+00:00",
                "2026-03-01T10:00:00-00:00",
                "2026-03-01T10:00+08:00",
                "2026-03-01T10:00:00.123+08:00",
                "2026-03-01t10:00:00+08:00",
                "2026-03-01T10:00:00z",
                "2026-03-01T24:00:00+08:00",
                "2026-03-01T23:59:60+08:00",
                "2026-03-01T10:00:00+18:00",
                "2026-03-01T10:00:00+18:01",
                "2026-03-01T10:00:00-18:00",
                "2026-03-01T10:00:00+08:60",
                "2026-03-01T10:00:00+0800",
                "2026-03-01T10:00:00+08:00:00",
                "2024-02-29T00:00:00+08:00",
                "2023-02-29T00:00:00+08:00",
                "2026-03-01 10:00:00+08:00"));
        samples.addAll(mutations("2026-03-01T10:20:30+08:00", 40_000));
        samples.addAll(mutations("2026-03-01T00:00:00Z", 20_000));
        for (String s : samples) {
            assertThat(IsoText.timestamp(s)).as(s).isEqualTo(referenceTimestamp(s));
        }
    }

    @Test
    void textIsNormalisedAsNfkcThenStripped() {
        List<String> samples = List.of(
                "  张三 ",
                "Ｚｈａｎｇ",
                "北京大学",
                "ｱｲｳ",
                "a\u0301",
                "e\u0301\u0301",
                "\u3000李四\u3000",
                "Tsinghua University",
                "①",
                "ﬁ",
                "\t x \n",
                "李·四",
                "\uF900",
                "",
                " ",
                "全角１２３");
        for (String s : samples) {
            assertThat(IsoText.nfkcStripped(s))
                    .as(s)
                    .isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC).strip());
        }
    }

    /** One or two characters of {@code template} replaced, removed or added at random (seeded). */
    private static List<String> mutations(String template, int n) {
        Random random = new Random(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder s = new StringBuilder(template);
            for (int k = 0; k <= random.nextInt(2); k++) {
                int at = random.nextInt(s.length());
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(3)) {
                    case 0 -> s.setCharAt(at, c);
                    case 1 -> s.deleteCharAt(at);
                    default -> s.insert(at, c);
                }
            }
            out.add(s.toString());
        }
        return out;
    }

    private static String referenceDate(String s) {
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String referenceTimestamp(String s) {
        try {
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
