package org.examcommit.schedules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.examcommit.contract.privacy.Redaction;

/**
 * The analyst report of one night as one HTML page in Chinese: each section a chart (inline SVG) with
 * a plain table under it, every count under {@link Disclosure} (fewer than 5 shows "<5", and a chart
 * draws nothing for it).
 */
final class ReportPage {

    private ReportPage() {}

    static String render(NightFigures f) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>告知承诺制夜间核验分析报告 · ").append(f.runDate()).append("</h1>");
        b.append("<p class=\"note\">本报告只含汇总数字。少于 ")
                .append(Disclosure.MIN_SHOWN)
                .append(" 人的单元格显示为 “")
                .append(Html.escape(Disclosure.SUPPRESSED))
                .append("”，图中不画出，以免识别到个人；表中另有合计可推算出小单元格时，同行或同列再隐藏一个单元格，显示为 “")
                .append(Disclosure.COMPLEMENTARY)
                .append("”。</p>");
        routes(b, f);
        reasons(b, f);
        patterns(b, f);
        clusters(b, f);
        exams(b, f);
        quarantine(b, f);
        snapshots(b, f);
        draw(b, f);
        trend(b, f);
        stages(b, f);
        return Html.page("夜间核验分析报告 " + f.runDate(), b.toString());
    }

    private static void routes(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"routes\">各省核验路由</h2>");
        Map<String, Map<String, Long>> byProvince = matrix(f.section(NightFigures.ROUTE), false);
        List<String> series = List.of("EXEMPT", "ONSITE");
        List<String> provinces = new ArrayList<>(byProvince.keySet());
        // each province's total is on the page (the exams section) and each route's (the trend)
        Disclosure.Grid grid = Disclosure.Grid.of(counts(byProvince, provinces, series));
        List<Svg.Stack> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r < provinces.size(); r++) {
            List<Svg.Bar> segments = new ArrayList<>();
            List<String> line = new ArrayList<>(List.of(Labels.province(provinces.get(r))));
            for (int c = 0; c < series.size(); c++) {
                segments.add(new Svg.Bar(Labels.code(series.get(c)), grid.drawn(r, c), grid.shown(r, c)));
                line.add(grid.shown(r, c));
            }
            rows.add(new Svg.Stack(Labels.province(provinces.get(r)), segments));
            table.add(line);
        }
        b.append(Svg.stacked("各省核验路由", series.stream().map(Labels::code).toList(), rows));
        b.append(Html.table(List.of("省份", Labels.code("EXEMPT"), Labels.code("ONSITE")), table));
    }

    private static void reasons(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"reasons\">需现场核验的原因</h2>");
        bars(b, "需现场核验的原因（人次）", f.totalsByKey(NightFigures.REASON), true);
        Map<String, Map<String, Long>> byProvince = matrix(f.section(NightFigures.REASON), false);
        List<String> codes = new ArrayList<>(f.totalsByKey(NightFigures.REASON).keySet());
        List<String> header = new ArrayList<>(List.of("省份"));
        codes.forEach(c -> header.add(Labels.code(c)));
        List<String> provinces = new ArrayList<>(byProvince.keySet());
        // each reason's total is in the chart above
        Disclosure.Grid grid = Disclosure.Grid.of(counts(byProvince, provinces, codes));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < provinces.size(); r++) {
            List<String> line = new ArrayList<>(List.of(Labels.province(provinces.get(r))));
            for (int c = 0; c < codes.size(); c++) {
                line.add(grid.shown(r, c));
            }
            rows.add(line);
        }
        b.append("<p class=\"note\">各省明细：</p>").append(Html.table(header, rows));
    }

    private static void patterns(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"patterns\">智慧监管标记（按模式）</h2>");
        bars(b, "智慧监管标记（按模式）", f.totalsByKey(NightFigures.PATTERN), false);
    }

    private static void clusters(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"clusters\">用人单位同月入职聚集（前 10 个）</h2>");
        List<ReportCell> cells = f.section(NightFigures.EMPLOYER_CLUSTER);
        if (cells.isEmpty()) {
            b.append("<p class=\"note\">本日没有用人单位聚集标记。</p>");
            return;
        }
        List<Svg.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            ReportCell c = cells.get(i);
            bars.add(new Svg.Bar("聚集 " + (i + 1), Disclosure.drawn(c.count()), Disclosure.shown(c.count())));
            rows.add(List.of(
                    Integer.toString(i + 1),
                    Disclosure.shown(c.count()),
                    String.format("%.4f", c.value()),
                    // a credit code of 18 digits reads like an id number: masked like one on a page
                    Redaction.mask(c.key())));
        }
        b.append(Svg.bars("用人单位聚集：被标记的报名数", bars));
        b.append(Html.table(List.of("序号", "被标记的报名", "评分", "证据"), rows));
    }

    private static void exams(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"exams\">各考试与级别的核验人数</h2>");
        Map<String, Long> byExamLevel = new TreeMap<>();
        for (ReportCell c : f.section(NightFigures.EXAM)) {
            byExamLevel.merge(c.key() + " " + Labels.code(c.subkey()), c.count(), Long::sum);
        }
        bars(b, "各考试与级别的核验人数", byExamLevel, false);
        b.append("<p class=\"note\">各省核验人数：</p>");
        Map<String, Long> provinces = new TreeMap<>();
        f.totalsByKey(NightFigures.PROVINCE).forEach((p, n) -> provinces.put(Labels.province(p), n));
        b.append(Html.table(
                List.of("省份", "人数"),
                provinces.entrySet().stream()
                        .map(e -> List.of(e.getKey(), Disclosure.shown(e.getValue())))
                        .toList()));
    }

    private static void quarantine(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"quarantine\">隔离的数据行（按数据集与规则）</h2>");
        List<ReportCell> cells = f.section(NightFigures.QUARANTINE);
        if (cells.isEmpty()) {
            b.append("<p class=\"note\">本日没有隔离的数据行。</p>");
            return;
        }
        Map<String, Long> byDataset = f.totalsByKey(NightFigures.QUARANTINE);
        b.append(Svg.bars(
                "隔离的数据行（按数据集）",
                byDataset.entrySet().stream()
                        .map(e ->
                                new Svg.Bar(e.getKey(), Disclosure.drawn(e.getValue()), Disclosure.shown(e.getValue())))
                        .toList()));
        b.append(Html.table(
                List.of("数据集", "规则", "行数"),
                cells.stream()
                        .sorted(java.util.Comparator.comparing(ReportCell::key).thenComparing(ReportCell::subkey))
                        .map(c -> List.of(c.key(), c.subkey(), c.shown()))
                        .toList()));
    }

    private static void draw(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"draw\">随机抽查</h2>");
        List<ReportCell> population = f.section(NightFigures.DRAW_POPULATION);
        List<ReportCell> sample = f.section(NightFigures.DRAW_SAMPLE);
        if (population.isEmpty()) {
            b.append("<p class=\"note\">本日没有随机抽查记录。</p>");
            return;
        }
        List<Svg.Stack> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            ReportCell p = population.get(i);
            ReportCell s = sample.get(i);
            String label = p.key() + (p.subkey().isEmpty() ? "" : " " + Labels.province(p.subkey()));
            rows.add(new Svg.Stack(
                    label,
                    List.of(
                            new Svg.Bar("抽中", Disclosure.drawn(s.count()), s.shown()),
                            new Svg.Bar(
                                    "未抽中",
                                    Disclosure.drawn(p.count() - s.count()),
                                    Disclosure.shown(p.count() - s.count())))));
            table.add(List.of(label, p.shown(), s.shown()));
        }
        b.append(Svg.stacked("随机抽查：抽中与未抽中", List.of("抽中", "未抽中"), rows));
        b.append(Html.table(List.of("考试与省份", "总体", "抽中"), table));
    }

    private static void trend(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"trend\">最近几晚的趋势</h2>");
        Map<String, Map<String, Long>> byNight = matrix(f.section(NightFigures.TREND), true);
        List<String> nights = new ArrayList<>(byNight.keySet());
        List<String> series = List.of("EXEMPT", "ONSITE", "FLAGGED");
        List<List<Double>> values = new ArrayList<>();
        for (String s : series) {
            List<Double> line = new ArrayList<>();
            nights.forEach(
                    n -> line.add((double) Disclosure.drawn(byNight.get(n).getOrDefault(s, 0L))));
            values.add(line);
        }
        b.append(Svg.lines("最近几晚的趋势", nights, series.stream().map(Labels::code).toList(), values));
        List<List<String>> rows = new ArrayList<>();
        byNight.forEach((night, counts) -> {
            List<String> line = new ArrayList<>(List.of(night));
            series.forEach(s -> line.add(Disclosure.shown(counts.getOrDefault(s, 0L))));
            rows.add(line);
        });
        List<String> header = new ArrayList<>(List.of("日期"));
        series.forEach(s -> header.add(Labels.code(s)));
        b.append(Html.table(header, rows));
    }

    /** The authority snapshots the night read, as the gate judged them (rows are records, not people). */
    private static void snapshots(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"snapshots\">权威数据快照与闸门结论</h2>");
        List<ReportCell> cells = f.section(NightFigures.SNAPSHOT);
        if (cells.isEmpty()) {
            b.append("<p class=\"note\">本日没有记录。</p>");
            return;
        }
        b.append(Html.table(
                List.of("数据集", "快照日期与结论", "行数"),
                cells.stream().map(c -> List.of(c.key(), c.subkey(), c.shown())).toList()));
    }

    private static void stages(StringBuilder b, NightFigures f) {
        b.append("<h2 id=\"stages\">各阶段耗时（秒）</h2>");
        List<ReportCell> cells = f.section(NightFigures.STAGE_SECONDS);
        b.append(Svg.bars(
                "各阶段耗时（秒）",
                cells.stream()
                        .map(c -> new Svg.Bar(Labels.code(c.key()), c.value(), c.shown()))
                        .toList()));
        b.append(Html.table(
                List.of("阶段", "秒"),
                cells.stream()
                        .map(c -> List.of(Labels.code(c.key()), c.shown()))
                        .toList()));
    }

    /** A chart of counts by code with the table under it. */
    private static void bars(StringBuilder b, String title, Map<String, Long> counts, boolean codes) {
        List<Svg.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((key, n) -> {
            String label = key.contains(" ") ? key : Labels.code(key);
            bars.add(new Svg.Bar(label, Disclosure.drawn(n), Disclosure.shown(n)));
            rows.add(List.of(label, Disclosure.shown(n)));
        });
        if (bars.isEmpty()) {
            b.append("<p class=\"note\">本日没有记录。</p>");
            return;
        }
        b.append(Svg.bars(title, bars));
        b.append(Html.table(List.of(codes ? "原因" : "类别", "人数"), rows));
    }

    /** The matrix's counts as rows × columns in the order given (0 where it has none). */
    private static long[][] counts(Map<String, Map<String, Long>> matrix, List<String> rows, List<String> columns) {
        long[][] counts = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                counts[r][c] = matrix.get(rows.get(r)).getOrDefault(columns.get(c), 0L);
            }
        }
        return counts;
    }

    /** Cells as key → sub-key → count, or sub-key → key → count; both in code order. */
    private static Map<String, Map<String, Long>> matrix(List<ReportCell> cells, boolean byKey) {
        Map<String, Map<String, Long>> m = new TreeMap<>();
        for (ReportCell c : cells) {
            String outer = byKey ? c.key() : c.subkey();
            String inner = byKey ? c.subkey() : c.key();
            m.computeIfAbsent(outer, k -> new TreeMap<>()).merge(inner, c.count(), Long::sum);
        }
        return m;
    }
}
