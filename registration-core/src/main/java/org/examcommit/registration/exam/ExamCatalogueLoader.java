package org.examcommit.registration.exam;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.examcommit.contract.Province;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts the exam catalogue (exams, levels, per-province windows) from its CSV files at start-up, so a
 * new exam or a moved deadline is a data change, not a code change.
 */
@Component
class ExamCatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExamCatalogueLoader.class);

    private static final String UPSERT_EXAM = """
            INSERT INTO exams (exam_code, name) VALUES (?, ?)
            ON CONFLICT (exam_code) DO UPDATE SET name = EXCLUDED.name
            """;
    private static final String UPSERT_LEVEL = """
            INSERT INTO exam_levels (exam_code, level, name) VALUES (?, ?, ?)
            ON CONFLICT (exam_code, level) DO UPDATE SET name = EXCLUDED.name
            """;
    private static final String UPSERT_WINDOW = """
            INSERT INTO exam_windows (exam_code, exam_year, province_code, registration_opens, registration_closes,
                                      payment_deadline, onsite_verification_deadline, exam_starts, exam_ends, fee)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (exam_code, exam_year, province_code) DO UPDATE SET
                registration_opens = EXCLUDED.registration_opens, registration_closes = EXCLUDED.registration_closes,
                payment_deadline = EXCLUDED.payment_deadline,
                onsite_verification_deadline = EXCLUDED.onsite_verification_deadline,
                exam_starts = EXCLUDED.exam_starts, exam_ends = EXCLUDED.exam_ends, fee = EXCLUDED.fee
            """;

    private final JdbcClient jdbc;
    private final ResourceLoader resources;
    private final ExamCatalogueProperties properties;
    private final TransactionTemplate transaction;
    private final ExamCatalogue catalogue;

    ExamCatalogueLoader(
            JdbcClient jdbc,
            ResourceLoader resources,
            ExamCatalogueProperties properties,
            TransactionTemplate transaction,
            ExamCatalogue catalogue) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.properties = properties;
        this.transaction = transaction;
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<Map<String, String>> exams = read("exams.csv");
        List<Map<String, String>> levels = read("levels.csv");
        List<Map<String, String>> windows = read("windows.csv");
        transaction.executeWithoutResult(status -> {
            exams.forEach(r -> jdbc.sql(UPSERT_EXAM)
                    .param(required(r, "exam_code"))
                    .param(required(r, "name"))
                    .update());
            levels.forEach(r -> jdbc.sql(UPSERT_LEVEL)
                    .param(required(r, "exam_code"))
                    .param(required(r, "level"))
                    .param(required(r, "name"))
                    .update());
            windows.forEach(this::upsertWindow);
        });
        catalogue.refresh();
        log.info(
                "Exam catalogue from {}: {} exams, {} levels, {} windows",
                properties.catalogueLocation(),
                exams.size(),
                levels.size(),
                windows.size());
    }

    private void upsertWindow(Map<String, String> r) {
        String province = required(r, "province_code");
        if (!Province.isCode(province)) {
            throw new IllegalStateException("windows.csv: unknown province_code " + province);
        }
        jdbc.sql(UPSERT_WINDOW)
                .param(required(r, "exam_code"))
                .param(Integer.parseInt(required(r, "exam_year")))
                .param(province)
                .param(timestamp(r, "registration_opens"))
                .param(timestamp(r, "registration_closes"))
                .param(timestamp(r, "payment_deadline"))
                .param(timestamp(r, "onsite_verification_deadline"))
                .param(LocalDate.parse(required(r, "exam_starts")))
                .param(LocalDate.parse(required(r, "exam_ends")))
                .param(new BigDecimal(required(r, "fee")))
                .update();
    }

    private List<Map<String, String>> read(String file) throws IOException {
        Resource resource = resources.getResource(properties.catalogueLocation() + file);
        if (!resource.exists()) {
            throw new IllegalStateException("Exam catalogue file missing: " + properties.catalogueLocation() + file);
        }
        try (InputStream in = resource.getInputStream()) {
            return CsvLines.read(in, file);
        }
    }

    private static OffsetDateTime timestamp(Map<String, String> row, String column) {
        return OffsetDateTime.parse(required(row, column));
    }

    private static String required(Map<String, String> row, String column) {
        String v = row.get(column);
        if (v == null) {
            throw new IllegalStateException("Exam catalogue: column " + column + " is required in " + row);
        }
        return v;
    }
}
