package org.examcommit.registration.exam;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the exam catalogue comes from.
 *
 * @param catalogueLocation a folder holding {@code exams.csv}, {@code levels.csv} and {@code windows.csv},
 *     upserted at start-up (default {@code classpath:exam-catalogue/}; {@code file:/path/} for an
 *     operator's own catalogue)
 * @param cacheTtl how long the API serves the catalogue from memory before reading it again (default 1 minute)
 */
@ConfigurationProperties("examcommit.exams")
public record ExamCatalogueProperties(String catalogueLocation, Duration cacheTtl) {

    public ExamCatalogueProperties {
        catalogueLocation = catalogueLocation == null || catalogueLocation.isBlank()
                ? "classpath:exam-catalogue/"
                : catalogueLocation.endsWith("/") ? catalogueLocation : catalogueLocation + "/";
        cacheTtl = cacheTtl == null ? Duration.ofMinutes(1) : cacheTtl;
    }
}
