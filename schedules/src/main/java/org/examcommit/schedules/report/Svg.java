package org.examcommit.schedules.report;

import java.util.List;
import java.util.Locale;

/** Charts as inline SVG, written here so that a page is one file that opens offline. */
final class Svg {

    /** A bar: its label, the length drawn, the text beside it (which may be "<5" where nothing is drawn). */
    record Bar(String label, double value, String text) {}

    /** One row of a stacked bar chart: a label and one segment per series. */
    record Stack(String label, List<Bar> segments) {}

    static final String[] COLOURS = {"#2f6fad", "#d9822b", "#4a9a5b", "#b6404a", "#7a5aa6", "#8c6d31"};
    private static final int WIDTH = 900;
    private static final int LABEL = 320;
    private static final int ROW = 24;

    private Svg() {}

    static String bars(String title, List<Bar> bars) {
        return stacked(
                title,
                List.of(),
                bars.stream().map(b -> new Stack(b.label(), List.of(b))).toList());
    }

    /** Horizontal bars, one per row, each made of its segments in series order; a legend when several series. */
    static String stacked(String title, List<String> series, List<Stack> rows) {
        double max = rows.stream()
                .mapToDouble(r -> r.segments().stream().mapToDouble(Bar::value).sum())
                .max()
                .orElse(0);
        int legend = series.size() > 1 ? ROW : 0;
        int height = legend + rows.size() * ROW + 10;
        StringBuilder svg = open(title, height);
        for (int i = 0; i < series.size() && series.size() > 1; i++) {
            int x = LABEL + i * 170;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"15\">%s</text>",
                    x,
                    COLOURS[i % COLOURS.length],
                    x + 16,
                    Html.escape(series.get(i))));
        }
        double span = WIDTH - LABEL - 90;
        for (int r = 0; r < rows.size(); r++) {
            Stack row = rows.get(r);
            int y = legend + r * ROW;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL - 6,
                    y + 16,
                    Html.escape(row.label())));
            double x = LABEL;
            StringBuilder texts = new StringBuilder();
            for (int s = 0; s < row.segments().size(); s++) {
                Bar b = row.segments().get(s);
                double w = max == 0 ? 0 : b.value() / max * span;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
                        x,
                        y + 3,
                        w,
                        ROW - 6,
                        COLOURS[s % COLOURS.length],
                        Html.escape(b.label() + ": " + b.text())));
                x += w;
                texts.append(s == 0 ? "" : " / ").append(b.text());
            }
            svg.append(String.format(
                    Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 6, y + 16, Html.escape(texts.toString())));
        }
        return svg.append("</svg>").toString();
    }

    /** Lines over the x labels (nights), one per series; a point's value null leaves a gap in the line. */
    static String lines(String title, List<String> x, List<String> series, List<List<Double>> values) {
        int height = 240;
        int left = 60;
        int top = 30;
        int plotH = height - top - 40;
        int plotW = WIDTH - left - 20;
        double max = values.stream()
                .flatMap(List::stream)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        double scale = max == 0 ? 0 : plotH / max;
        StringBuilder svg = open(title, height);
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                        + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>",
                left,
                top + plotH,
                left + plotW,
                top + plotH,
                left - 4,
                top + 4,
                format(max),
                left - 4,
                top + plotH + 4));
        double step = x.size() > 1 ? (double) plotW / (x.size() - 1) : 0;
        for (int i = 0; i < x.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%s</text>",
                    left + i * step,
                    top + plotH + 16,
                    Html.escape(x.get(i).length() > 5 ? x.get(i).substring(5) : x.get(i))));
        }
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < x.size(); i++) {
                Double v = values.get(s).get(i);
                if (v == null) {
                    continue;
                }
                double px = left + i * step;
                double py = top + plotH - v * scale;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                svg.append(String.format(
                        Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", px, py, colour));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<polyline class=\"line\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>",
                    colour,
                    points.toString().strip()));
            int lx = left + s * 170;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"17\">%s</text>",
                    lx,
                    colour,
                    lx + 16,
                    Html.escape(series.get(s))));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder(String.format(
                Locale.ROOT,
                "<svg role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-size=\"12\"><title>%s</title>",
                WIDTH,
                height,
                WIDTH,
                height,
                Html.escape(title)));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
