package org.examcommit.schedules.draw;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.examcommit.contract.draw.Draw;

/**
 * A draw's page (issue 15): one self-contained HTML file, no network, that shows what was published
 * (seed hash, commit and reveal times, population hash, per province n, k and cut-off, the drawn
 * applications) and recomputes the whole draw in the browser from a population file the reader picks:
 * Web Crypto's SHA-256 and HMAC-SHA256, k = ceil(ratio × n) in BigInt over the ratio's decimal digits
 * (no floating point), the canonical order by UTF-8 bytes. The script is {@code draw-page.js} beside
 * this class, inlined; the draw's facts go in as JSON.
 */
public final class DrawPage {

    /** What a page shows: the published row of sample_draws with its strata and sampled rows. */
    public record Facts(
            String drawId,
            String runDate,
            String examCode,
            int examYear,
            String ratio,
            String seedSha256,
            String populationSha256,
            String seed,
            String committedAt,
            String revealedAt,
            long populationSize,
            List<Draw.Stratum> strata,
            List<Draw.Drawn> sampled) {}

    private DrawPage() {}

    public static String html(Facts f) {
        String rows = f.strata().stream()
                .map(s -> "<tr><td>" + esc(s.provinceCode()) + "</td><td>" + s.populationSize() + "</td><td>"
                        + s.sampleSize() + "</td><td><code>" + esc(s.cutoffTicket() == null ? "—" : s.cutoffTicket())
                        + "</code></td></tr>")
                .collect(Collectors.joining("\n"));
        String drawn = f.sampled().stream()
                .map(d -> "<tr><td>" + esc(d.provinceCode()) + "</td><td>" + esc(d.applicationId()) + "</td><td><code>"
                        + esc(d.ticket()) + "</code></td></tr>")
                .collect(Collectors.joining("\n"));
        return """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
                <title>随机抽查 %1$s</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
                table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #bbb;padding:.25rem .6rem;text-align:left}
                code{font-size:.9em;word-break:break-all}#result{font-weight:bold;padding:.6rem;margin:1rem 0}
                .ok{background:#e3f6e3}.bad{background:#fbe3e3}
                </style></head><body>
                <h1>随机抽查 Random draw %1$s</h1>
                <p>Exam %2$s %3$s, run date %4$s: the exempt applications, drawn by lot per province at ratio %5$s.</p>
                <table>
                <tr><th>seed_sha256 (published at commit)</th><td><code id="seed-sha256">%6$s</code></td></tr>
                <tr><th>committed_at</th><td id="committed-at">%7$s</td></tr>
                <tr><th>population_sha256 (published at commit)</th><td><code id="population-sha256">%8$s</code></td></tr>
                <tr><th>population</th><td>%9$s applications</td></tr>
                <tr><th>seed (revealed)</th><td><code id="seed">%10$s</code></td></tr>
                <tr><th>revealed_at</th><td id="revealed-at">%11$s</td></tr>
                </table>
                <h2>Per province</h2>
                <table id="strata"><tr><th>province</th><th>n</th><th>k = ceil(ratio × n)</th><th>cut-off ticket</th></tr>
                %12$s
                </table>
                <h2>Check it yourself</h2>
                <p>Pick the population file (the CSV export of <code>draw_population</code> for this draw, or any CSV
                with the columns application_id and province_code). This page recomputes, in your browser and
                without any network, the population's hash, the seed's hash, every ticket
                (HMAC-SHA256 of the application_id under the seed) and the draw, and compares them with what
                is published here.</p>
                <input type="file" id="population" accept=".csv,text/csv">
                <button id="recompute" type="button">Recompute the draw</button>
                <div id="result" aria-live="polite"></div>
                <ul id="details"></ul>
                <h2>Drawn applications</h2>
                <table id="sampled"><tr><th>province</th><th>application_id</th><th>ticket</th></tr>
                %13$s
                </table>
                <script type="application/json" id="draw">%14$s</script>
                <script>
                %15$s
                </script>
                </body></html>
                """.formatted(
                        esc(f.drawId()),
                        esc(f.examCode()),
                        f.examYear(),
                        esc(f.runDate()),
                        esc(f.ratio()),
                        esc(f.seedSha256()),
                        esc(f.committedAt()),
                        esc(f.populationSha256()),
                        f.populationSize(),
                        esc(f.seed() == null ? "not revealed yet" : f.seed()),
                        esc(f.revealedAt() == null ? "—" : f.revealedAt()),
                        rows,
                        drawn,
                        json(f),
                        script());
    }

    private static String json(Facts f) {
        String strata = f.strata().stream()
                .map(s -> "{\"province\":" + str(s.provinceCode()) + ",\"n\":" + s.populationSize() + ",\"k\":"
                        + s.sampleSize() + ",\"cutoff\":" + str(s.cutoffTicket()) + "}")
                .collect(Collectors.joining(","));
        String sampled = f.sampled().stream()
                .map(d -> "[" + str(d.provinceCode()) + "," + str(d.applicationId()) + "," + str(d.ticket()) + "]")
                .collect(Collectors.joining(","));
        return "{\"ratio\":" + str(f.ratio()) + ",\"seed\":" + str(f.seed()) + ",\"seedSha256\":"
                + str(f.seedSha256()) + ",\"populationSha256\":" + str(f.populationSha256()) + ",\"strata\":["
                + strata + "],\"sampled\":[" + sampled + "]}";
    }

    /** A JSON string safe inside a script element (no {@code </script>}, no raw control characters). */
    static String str(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String script() {
        try (InputStream in = DrawPage.class.getResourceAsStream("draw-page.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the draw page's script is missing from the jar", e);
        }
    }
}
