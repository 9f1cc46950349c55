package org.examcommit.registration.notice;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The public notice list (social supervision), as JSON and as a plain HTML page; open to everyone. */
@RestController
@Tag(name = "Public notice", description = "Committed applications whose proofs are hard to verify online, masked")
class PublicNoticeController {

    private static final String LATEST = "SELECT max(published_on) FROM public_notice";
    private static final String OF_DATE = """
            SELECT application_id, masked_name, masked_id_number, exam_code, level, province_code, commitment, reason,
                   published_on
              FROM public_notice WHERE published_on = ? ORDER BY exam_code, province_code, application_id
            """;

    private final JdbcClient jdbc;

    PublicNoticeController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A day's list; {@code publishedOn} is null when nothing was ever published. */
    record PublicNoticeList(
            @JsonProperty("published_on") LocalDate publishedOn,
            @JsonProperty("entries") List<PublicNoticeEntry> entries) {}

    @Operation(summary = "The public notice list of a day (default: the latest published)")
    @GetMapping(path = "/api/public/notice", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicNoticeList json(
            @Parameter(description = "published_on, yyyy-MM-dd")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        return list(date);
    }

    @Operation(summary = "The public notice list as a plain HTML page (default: the latest published)")
    @GetMapping(path = "/public/notice", produces = MediaType.TEXT_HTML_VALUE)
    String html(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        PublicNoticeList list = list(date);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>公示名单 Public notice</title></head><body>
                """);
        html.append("<h1>公示名单 Public notice ")
                .append(list.publishedOn() == null ? "" : list.publishedOn())
                .append("</h1>\n<table border=\"1\">\n<tr><th>application_id</th><th>masked_name</th>"
                        + "<th>masked_id_number</th><th>exam_code</th><th>level</th><th>province_code</th>"
                        + "<th>commitment</th><th>reason</th><th>published_on</th></tr>\n");
        for (PublicNoticeEntry e : list.entries()) {
            html.append("<tr>");
            for (Object cell : List.of(
                    e.applicationId(),
                    e.maskedName(),
                    e.maskedIdNumber(),
                    e.examCode(),
                    e.level(),
                    e.provinceCode(),
                    e.commitment(),
                    e.reason(),
                    e.publishedOn())) {
                html.append("<td>")
                        .append(HtmlUtils.htmlEscape(String.valueOf(cell), "UTF-8"))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    private PublicNoticeList list(LocalDate date) {
        LocalDate day = date != null
                ? date
                : jdbc.sql(LATEST).query(LocalDate.class).optional().orElse(null);
        if (day == null) {
            return new PublicNoticeList(null, List.of());
        }
        List<PublicNoticeEntry> entries = jdbc
                .sql(OF_DATE)
                .param(day)
                .query((rs, n) -> new PublicNoticeEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getDate(9).toLocalDate()))
                .list()
                .stream()
                .map(PublicNoticeEntry::masked)
                .toList();
        return new PublicNoticeList(day, entries);
    }
}
