package org.examcommit.schedules.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.batch.io.ParquetTableWriter;
import org.examcommit.batch.io.ParquetTableWriter.Column;
import org.examcommit.batch.io.ParquetTableWriter.Type;
import org.examcommit.batch.io.RunDateOutput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The night's stage {@code report}, after the analytics: the analyst report's aggregates as Parquet
 * under {@code OUTPUT_ROOT/report/run_date=<date>/} with {@code _report.html} beside them, and the
 * public notice list as {@code OUTPUT_ROOT/public_notice/run_date=<date>/_public_notice.html}. The
 * pages' names start with "_" because Parquet readers (Spark, Hadoop, ours) skip such files: the
 * folders stay readable as Parquet datasets.
 *
 * <p>It runs in the platform's JVM, not in Spark: every figure is a GROUP BY over tables the night
 * already wrote to PostgreSQL (results, flags, quarantine, run history, the draw), a few hundred
 * rows; a Spark child would cost its start-up (most of the analytics stage's minute on the sample
 * night) for nothing.
 */
@Service
public class NightReport {

    /** The stage's name in the run history. */
    public static final String STAGE = "report";

    static final String REPORT_PAGE = "_report.html";
    static final String NOTICE_PAGE = "_public_notice.html";

    static final List<Column> COLUMNS = List.of(
            Column.of("run_date", Type.DATE),
            Column.of("section", Type.STRING),
            Column.of("key", Type.STRING),
            Column.of("subkey", Type.STRING),
            Column.of("count", Type.LONG),
            Column.of("shown", Type.STRING),
            Column.of("value", Type.DOUBLE));

    private static final String NOTICES = """
            SELECT application_id, masked_name, masked_id_number, exam_code, level, province_code, commitment, reason
            FROM public_notice WHERE published_on = :d ORDER BY province_code, application_id""";

    private final ReportQueries queries;
    private final JdbcClient jdbc;
    private final Path outputRoot;

    NightReport(
            ReportQueries queries, JdbcClient jdbc, @Value("${examcommit.output-root:./output}") String outputRoot) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.outputRoot = Path.of(outputRoot).toAbsolutePath();
    }

    /** Writes the report and the notice page of the run date (run {@code runId}); returns a summary line. */
    public String write(LocalDate runDate, long runId) {
        NightFigures figures = queries.read(runDate, runId);
        List<NoticePage.Notice> notices = jdbc.sql(NOTICES)
                .param("d", runDate)
                .query((rs, i) -> new NoticePage.Notice(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
        try {
            Path part = RunDateOutput.write(outputRoot, STAGE, runDate, COLUMNS, w -> rows(w, figures));
            Path report = replace(part.getParent().resolve(REPORT_PAGE), ReportPage.render(figures));
            Path noticeFolder = RunDateOutput.folder(outputRoot, "public_notice", runDate);
            Files.createDirectories(noticeFolder);
            replace(noticeFolder.resolve(NOTICE_PAGE), NoticePage.render(runDate, notices));
            return figures.cells().size() + " figures, " + notices.size() + " notices; " + report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + runDate, e);
        }
    }

    private static void rows(ParquetTableWriter w, NightFigures figures) throws IOException {
        for (ReportCell c : figures.cells()) {
            w.write(
                    figures.runDate(),
                    c.section(),
                    c.key(),
                    c.subkey(),
                    c.count() == null ? null : Disclosure.stored(c.count()),
                    c.shown(),
                    c.value());
        }
    }

    /** A page written beside its target and renamed over it: a reader sees the old page or the new one. */
    private static Path replace(Path target, String html) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(temp, html, StandardCharsets.UTF_8);
        return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
