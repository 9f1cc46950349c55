package org.examcommit.schedules.report;

import java.util.List;

/** The little HTML the pages need: escaping, a table, the page frame with its inline style. */
final class Html {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;
            margin:24px auto;max-width:1040px;color:#222}
            h1{font-size:22px}h2{font-size:17px;margin-top:32px;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
            th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}td.n{text-align:right}
            th{background:#f2f2f2}p.note{color:#555;font-size:13px}svg text{fill:#222}""";

    private Html() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A table; cells that look like counts ("12", "<5") align right. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<table><thead><tr>");
        header.forEach(h -> t.append("<th>").append(escape(h)).append("</th>"));
        t.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            t.append("<tr>");
            for (String cell : row) {
                boolean number =
                        cell != null && (cell.matches("<?[0-9][0-9.]*") || cell.equals(Disclosure.COMPLEMENTARY));
                t.append(number ? "<td class=\"n\">" : "<td>")
                        .append(escape(cell))
                        .append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</tbody></table>").toString();
    }

    /** A whole page: no script, no outside resource (the favicon is an empty data URL, so nothing is fetched). */
    static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"icon\" href=\"data:,\"><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body>\n" + body + "\n</body></html>\n";
    }
}
