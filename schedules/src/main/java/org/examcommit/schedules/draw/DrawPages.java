package org.examcommit.schedules.draw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.contract.draw.Draw;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes each revealed draw's page to {@code <output-root>/draws/<draw_id>.html} from what the database
 * holds (a re-run writes the same page again): beside its target first, then renamed into place, so a
 * reader never opens half a page.
 */
@Component
class DrawPages {

    /** Times as the exports give them: ISO-8601 in Asia/Shanghai. */
    private static final String ISO = "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"+08:00\"'";

    private final JdbcClient jdbc;
    private final Path folder;

    DrawPages(JdbcClient jdbc, DrawOutputs outputs) {
        this.jdbc = jdbc;
        this.folder = outputs.outputRoot().resolve("draws");
    }

    /** Writes the pages of the date's revealed draws; returns how many. */
    int write(LocalDate runDate) {
        List<DrawPage.Facts> draws = jdbc.sql("""
                        SELECT draw_id, run_date::text, exam_code, exam_year, ratio::text, seed_sha256, population_sha256,
                               seed, to_char(committed_at AT TIME ZONE 'Asia/Shanghai', %1$s),
                               to_char(revealed_at AT TIME ZONE 'Asia/Shanghai', %1$s), population_size
                        FROM sample_draws WHERE run_date = :runDate AND revealed_at IS NOT NULL
                        ORDER BY draw_id""".formatted(ISO))
                .param("runDate", runDate)
                .query((rs, i) -> new DrawPage.Facts(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getLong(11),
                        List.of(),
                        List.of()))
                .list();
        for (DrawPage.Facts draw : draws) {
            writePage(withRows(draw));
        }
        return draws.size();
    }

    private DrawPage.Facts withRows(DrawPage.Facts f) {
        List<Draw.Stratum> strata = jdbc.sql("""
                        SELECT province_code, population_size, sample_size, cutoff_ticket FROM draw_strata
                        WHERE draw_id = :drawId ORDER BY province_code COLLATE "C\"""")
                .param("drawId", f.drawId())
                .query((rs, i) -> new Draw.Stratum(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list();
        List<Draw.Drawn> sampled = jdbc.sql("""
                        SELECT province_code, application_id, ticket FROM sampled WHERE draw_id = :drawId
                        ORDER BY province_code COLLATE "C", ticket, application_id COLLATE "C\"""")
                .param("drawId", f.drawId())
                .query((rs, i) -> new Draw.Drawn(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new DrawPage.Facts(
                f.drawId(),
                f.runDate(),
                f.examCode(),
                f.examYear(),
                f.ratio(),
                f.seedSha256(),
                f.populationSha256(),
                f.seed(),
                f.committedAt(),
                f.revealedAt(),
                f.populationSize(),
                strata,
                sampled);
    }

    private void writePage(DrawPage.Facts draw) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(draw.drawId() + ".html");
            Path temp = folder.resolve("." + draw.drawId() + ".html.tmp");
            Files.writeString(temp, DrawPage.html(draw), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page of draw " + draw.drawId(), e);
        }
    }
}
