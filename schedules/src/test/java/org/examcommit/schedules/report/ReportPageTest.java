package org.examcommit.schedules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportPageTest {

    @Test
    void countsBelowFiveShowAsLessThanFiveAndEverythingElseAsItsNumber() {
        assertThat(Disclosure.shown(0)).isEqualTo("0");
        assertThat(Disclosure.shown(1)).isEqualTo("<5");
        assertThat(Disclosure.shown(4)).isEqualTo("<5");
        assertThat(Disclosure.shown(5)).isEqualTo("5");
        assertThat(Disclosure.stored(4)).isNull();
        assertThat(Disclosure.stored(5)).isEqualTo(5L);
        assertThat(Disclosure.drawn(3)).isZero();
    }

    @Test
    void aSmallProvinceIsSuppressedInEveryTableAndNotDrawn() {
        String html = ReportPage.render(Figures.night());
        // Tibet: 3 exempt, 1 onsite, 4 verified, 1 UNDETERMINED, a draw of 1 in 3
        String tibetRoute = "<tr><td>西藏 (54)</td><td class=\"n\">&lt;5</td><td class=\"n\">&lt;5</td></tr>";
        assertThat(html).contains(tibetRoute);
        assertThat(html).contains("<tr><td>西藏 (54)</td><td class=\"n\">&lt;5</td></tr>");
        assertThat(html)
                .contains("<tr><td>SW 2026 西藏 (54)</td><td class=\"n\">&lt;5</td><td class=\"n\">&lt;5</td></tr>");
        assertThat(html).doesNotContain("西藏 (54)</td><td class=\"n\">3<", "西藏 (54)</td><td class=\"n\">4<");
        // its bars have no length, and their hover text says <5 too
        assertThat(html).contains("width=\"0.0\" height=\"18\" fill=\"#2f6fad\"><title>免于现场核验 (EXEMPT): &lt;5</title>");
        // the few ANOMALY flags and the 2 quarantined candidates rows too; a large count stays a number
        assertThat(html).contains("<td>统计异常 (ANOMALY)</td><td class=\"n\">&lt;5</td>");
        assertThat(html).contains("<td>candidates</td><td>id_number: check character</td><td class=\"n\">&lt;5</td>");
        // Tibet's 3 exempt would follow from the exempt total (the trend) and the other provinces: Beijing's
        // smaller count hides with it, and then Beijing's other route (its total is on the page); Guangdong stays
        assertThat(html).contains("<td>北京 (11)</td><td class=\"n\">*</td><td class=\"n\">*</td>");
        assertThat(html).contains("<td>广东 (44)</td><td class=\"n\">200</td><td class=\"n\">47</td>");
    }

    @Test
    void aLoneHiddenCellOfARowOrColumnGetsAComplementSoNoTotalGivesItAway() {
        Disclosure.Grid grid = Disclosure.Grid.of(new long[][] {
            {3, 40, 60},
            {50, 70, 80},
            {0, 9, 0}
        });
        // row 0 hides 40 with its 3; column 0 then has the 3 alone hidden: 50 goes; row 1 then hides 70 beside
        // its 50, and column 1 has 40 and 70 hidden: done. The 9 alone on its row stays: that row's total is 9.
        assertThat(grid.shown(0, 0)).isEqualTo("<5");
        assertThat(grid.shown(0, 1)).isEqualTo("*");
        assertThat(grid.shown(0, 2)).isEqualTo("60");
        assertThat(grid.shown(1, 0)).isEqualTo("*");
        assertThat(grid.shown(1, 1)).isEqualTo("*");
        assertThat(grid.shown(1, 2)).isEqualTo("80");
        assertThat(grid.shown(2, 1)).isEqualTo("9");
        assertThat(grid.drawn(0, 1)).isZero();
        // every line now has none or at least two hidden cells
        for (int r = 0; r < 3; r++) {
            int row = r;
            long hidden = java.util.stream.IntStream.range(0, 3)
                    .filter(c -> grid.hidden(row, c))
                    .count();
            assertThat(hidden).as("row " + r).isNotEqualTo(1);
        }
        for (int c = 0; c < 3; c++) {
            int column = c;
            long hidden = java.util.stream.IntStream.range(0, 3)
                    .filter(r -> grid.hidden(r, column))
                    .count();
            assertThat(hidden).as("column " + c).isNotEqualTo(1);
        }
        Disclosure.Grid twoProvinces = Disclosure.Grid.of(new long[][] {{3, 100}, {0, 50}});
        assertThat(twoProvinces.shown(0, 1))
                .as("the only complement there is, though alone on its column but for the 50")
                .isEqualTo("*");
        assertThat(twoProvinces.shown(1, 1))
                .as("the 50 hidden too, the column's last cell (its row's total still gives it: the known limit)")
                .isEqualTo("*");
        assertThat(Disclosure.Grid.of(new long[][] {{3, 0}, {0, 0}}).shown(0, 1))
                .as("nothing to hide beside a small cell alone on its line: its totals are small too")
                .isEqualTo("0");
    }

    @Test
    void everyChartHasATableUnderItAndThePageNeedsNothingFromOutside() {
        String html = ReportPage.render(Figures.night());
        int charts = html.split("<svg ", -1).length - 1;
        assertThat(charts).isGreaterThanOrEqualTo(9);
        for (int i = html.indexOf("</svg>"); i >= 0; i = html.indexOf("</svg>", i + 1)) {
            int next = html.indexOf("<h2", i);
            assertThat(next < 0 ? html.substring(i) : html.substring(i, next)).contains("<table>");
        }
        assertThat(html).doesNotContain("<script", "http://", "https://", "src=");
        assertThat(html).contains("<html lang=\"zh-CN\">", "各省核验路由", "最近几晚的趋势", "各阶段耗时");
    }

    @Test
    void theSnapshotsTheNightReadAreListedWithTheGatesVerdict() {
        String html = ReportPage.render(Figures.night());
        assertThat(html)
                .contains(
                        "权威数据快照与闸门结论",
                        "<tr><td>social_insurance</td><td>2026-11-20 ACCEPTED: accepted by ops,"
                                + " partner confirmed</td><td class=\"n\">5630</td></tr>");
    }

    @Test
    void theNoticePageMasksEvenWhatArrivesUnmasked() {
        String html = NoticePage.render(Figures.night().runDate(), Figures.notices());
        assertThat(html).contains("110101********1234", "440101********0011", "张*", "欧***");
        assertThat(html).doesNotContain("440101199001010011", "欧阳娜娜");
        // two provinces with one notice each: the counts are suppressed
        assertThat(html).contains("<tr><td>广东 (44)</td><td class=\"n\">&lt;5</td></tr>");
    }
}
