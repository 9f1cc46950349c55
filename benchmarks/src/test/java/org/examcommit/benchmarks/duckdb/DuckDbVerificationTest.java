package org.examcommit.benchmarks.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DuckDB side of the side-by-side benchmark on the repository's hand-written sample bundle (samples/), whose
 * expected verification_results were written from the contract by hand: if DuckDB's SQL agrees with them on
 * every field, a difference it later finds against the night points at one of the two, not at the comparison.
 */
class DuckDbVerificationTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);

    private static Map<String, ResultRow> computed;
    private static Map<String, Long> dropped;

    @BeforeAll
    static void verifySamples() throws Exception {
        try (DuckDbVerification duck = new DuckDbVerification()) {
            duck.load(SAMPLES.resolve("bundle"));
            duck.compute(RUN_DATE);
            computed = duck.results();
            dropped = duck.dropped();
        }
    }

    @Test
    void agreesWithTheSamplesExpectedResultsOnEveryField() throws Exception {
        Map<String, ResultRow> expected = new TreeMap<>();
        Files.readAllLines(SAMPLES.resolve("expected/verification_results.csv")).stream()
                .skip(1)
                .map(ResultRow::parse)
                .forEach(row -> expected.put(row.applicationId(), row));

        Comparison comparison = Comparison.of(expected, computed);

        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.onlyLeft()).isEmpty();
        assertThat(comparison.onlyRight()).isEmpty();
        assertThat(comparison.matched()).isEqualTo(expected.size()).isGreaterThan(90);
    }

    @Test
    void quarantinedApplicationsAreNotVerified() throws Exception {
        // the sample's bad application rows (bad codes, a repeated id, an unknown candidate) get no result
        long badApplicationRows = Files.readAllLines(SAMPLES.resolve("expected/quarantine.csv")).stream()
                .filter(line -> line.contains(",applications,"))
                .count();
        long applicationRows =
                Files.readAllLines(SAMPLES.resolve("bundle/applications.csv")).size() - 1;
        assertThat(badApplicationRows).isPositive();
        assertThat(computed).hasSize((int) (applicationRows - badApplicationRows));
    }

    @Test
    void dropsExactlyTheRowsTheSamplesQuarantine() throws Exception {
        // bad codes, ids, dates, repeated keys, unknown candidates: per dataset as many as expected/quarantine.csv
        Map<String, Long> expected = new TreeMap<>();
        Files.readAllLines(SAMPLES.resolve("expected/quarantine.csv")).stream()
                .skip(1)
                .map(line -> line.split(",", 3)[1])
                .filter(DuckDbVerification.DATASETS::contains)
                .forEach(dataset -> expected.merge(dataset, 1L, Long::sum));
        for (String dataset : DuckDbVerification.DATASETS) {
            assertThat(dropped.get(dataset)).as(dataset).isEqualTo(expected.getOrDefault(dataset, 0L));
        }
        assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(13);
    }

    @Test
    void knownCases() {
        // lower-case-x (C003) and middle-dots (C004): cleaning and text comparison as the contract says
        assertThat(computed.get("SW26-0003").route()).isEqualTo("EXEMPT");
        assertThat(computed.get("SW26-0004").route()).isEqualTo("EXEMPT");
        // open-job-late-start (C034): extended from the snapshot's last month to December of the exam year
        assertThat(computed.get("SW26-0034").evidencedWorkMonths())
                .isEqualTo(computed.get("SW26-0034").claimedWorkMonths());
        // archive-serious-until-run-date (C043): barred on the run date itself
        assertThat(computed.get("SW26-0043").reasons()).isEqualTo("ARCHIVE_BARRED");
        // several-causes (C051): every cause, whatever the commitment
        assertThat(computed.get("SW26-0051").reasons())
                .isEqualTo("DEGREE_UNVERIFIABLE;IDENTITY_UNVERIFIABLE;NOT_CHOSEN");
    }
}
