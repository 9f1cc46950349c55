package org.examcommit.batch.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.examcommit.batch.io.ParquetRowReader;
import org.examcommit.batch.io.Row;
import org.examcommit.batch.io.RowReader;
import org.examcommit.batch.verification.ResultRows.Result;
import org.examcommit.registration.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole verification job on the real database: each check's outcomes, each route condition, the outputs. */
@SpringBootTest
class VerificationJobTest {

    @TempDir
    static Path outputRoot;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("examcommit.output-root", () -> outputRoot.toString());
    }

    @Autowired
    NightlyVerification nightly;

    @Autowired
    JdbcClient jdbc;

    private VerificationData data(String prefix, LocalDate runDate) {
        VerificationData.socialInsuranceSnapshot(jdbc, "2026-06-01");
        return new VerificationData(jdbc, prefix, "659001", runDate);
    }

    private Map<String, Result> run(LocalDate runDate, String prefix) {
        nightly.verify(runDate, true);
        return new ResultRows(jdbc).results(runDate, prefix);
    }

    @Test
    void exemptsACommittedCandidateWhoseEveryClaimVerifies() {
        LocalDate day = LocalDate.of(2031, 1, 1);
        VerificationData d = data("VJ01-", day);
        String app = d.goodApplication("good");

        VerificationReport report = nightly.verify(day, true);

        assertThat(report).isEqualTo(new VerificationReport(day, 1, 1, 0, 0));
        assertThat(new ResultRows(jdbc).results(day, "VJ01-"))
                .containsEntry(app, new Result("PASS", "PASS", "PASS", true, 0, 0, "ELIGIBLE", "EXEMPT", Set.of()));
    }

    @Test
    void identityFailsUnderAnotherNameAndIsUnverifiableWithoutARecord() {
        LocalDate day = LocalDate.of(2031, 1, 2);
        VerificationData d = data("VJ02-", day);
        String other = d.nextIdNumber();
        d.candidateOnly("renamed", other, "张三");
        d.identity(other, "张叁");
        d.verifiedBachelor("renamed", other, 1, "社会工作", "张三");
        d.application("renamed", "renamed", "ASSISTANT", "COMMITTED");
        String unknown = d.nextIdNumber();
        d.candidateOnly("unknown", unknown, "张三");
        d.verifiedBachelor("unknown", unknown, 1, "社会工作", "张三");
        d.application("unknown", "unknown", "ASSISTANT", "COMMITTED");

        Map<String, Result> results = run(day, "VJ02-");

        assertThat(results.get(d.id("renamed")).identity()).isEqualTo("FAIL");
        assertThat(results.get(d.id("renamed")).reasons()).containsExactly("IDENTITY_FAIL");
        assertThat(results.get(d.id("unknown")).identity()).isEqualTo("UNVERIFIABLE");
        assertThat(results.get(d.id("unknown")).reasons()).containsExactly("IDENTITY_UNVERIFIABLE");
    }

    @Test
    void comparesNamesWithTheMiddleDotsAsOneCharacter() {
        LocalDate day = LocalDate.of(2031, 1, 3);
        VerificationData d = data("VJ03-", day);
        String idNumber = d.nextIdNumber();
        d.candidateOnly("dot", idNumber, "古丽·买买提");
        d.identity(idNumber, "古丽・买买提");
        d.verifiedBachelor("dot", idNumber, 1, "社会工作", "古丽•买买提");
        d.application("dot", "dot", "ASSISTANT", "COMMITTED");

        Result result = run(day, "VJ03-").get(d.id("dot"));

        assertThat(result.identity()).isEqualTo("PASS");
        assertThat(result.route()).isEqualTo("EXEMPT");
    }

    @Test
    void educationTakesTheWorstRowAndIsUnverifiableWithNone() {
        LocalDate day = LocalDate.of(2031, 1, 4);
        VerificationData d = data("VJ04-", day);
        String failing = d.candidate("failing", "张三");
        d.verifiedBachelor("failing", failing, 1, "社会工作", "张三");
        d.education("failing", 2, "MASTER", "社会工作", null, null, "张三");
        d.educationRecord("failing-E2", failing, "张三", "清华大学", "社会工作", "MASTER", VerificationData.GRADUATED);
        d.education("failing", 3, "DOCTOR", "社会工作", null, null, "张三");
        d.application("failing", "failing", "ASSISTANT", "COMMITTED");
        String missing = d.candidate("missing", "张三");
        d.verifiedBachelor("missing", missing, 1, "社会工作", "张三");
        d.education("missing", 2, "MASTER", "社会工作", null, null, "张三");
        d.application("missing", "missing", "ASSISTANT", "COMMITTED");
        d.candidate("none", "张三");
        d.application("none", "none", "ASSISTANT", "COMMITTED");

        Map<String, Result> results = run(day, "VJ04-");

        assertThat(results.get(d.id("failing")).education()).isEqualTo("FAIL");
        assertThat(results.get(d.id("failing")).eligibility()).isEqualTo("ELIGIBLE");
        assertThat(results.get(d.id("failing")).reasons()).containsExactly("EDUCATION_FAIL");
        assertThat(results.get(d.id("missing")).education()).isEqualTo("UNVERIFIABLE");
        assertThat(results.get(d.id("missing")).reasons()).containsExactly("EDUCATION_UNVERIFIABLE");
        assertThat(results.get(d.id("none")))
                .isEqualTo(new Result(
                        "PASS",
                        "UNVERIFIABLE",
                        "NOT_CLAIMED",
                        false,
                        0,
                        0,
                        "INELIGIBLE",
                        "ONSITE",
                        Set.of("EDUCATION_UNVERIFIABLE", "INELIGIBLE")));
    }

    @Test
    void degreeOutcomesOverTheRowsThatClaimOne() {
        LocalDate day = LocalDate.of(2031, 1, 5);
        VerificationData d = data("VJ05-", day);
        String wrong = d.candidate("wrong", "张三");
        d.education("wrong", 1, "BACHELOR", "社会工作", "MASTER", "D1", "张三");
        d.educationRecord("wrong-E1", wrong, "张三", "北京大学", "社会工作", "BACHELOR", VerificationData.GRADUATED);
        d.degreeRecord("wrong-D1", wrong, "张三", "BACHELOR", "北京大学", "社会工作");
        d.application("wrong", "wrong", "ASSISTANT", "COMMITTED");
        String noNumber = d.candidate("nonumber", "张三");
        d.education("nonumber", 1, "BACHELOR", "社会工作", "BACHELOR", null, "张三");
        d.educationRecord("nonumber-E1", noNumber, "张三", "北京大学", "社会工作", "BACHELOR", VerificationData.GRADUATED);
        d.application("nonumber", "nonumber", "ASSISTANT", "COMMITTED");
        String none = d.candidate("none", "张三");
        d.education("none", 1, "BACHELOR", "社会工作", "NONE", null, "张三");
        d.educationRecord("none-E1", none, "张三", "北京大学", "社会工作", "BACHELOR", VerificationData.GRADUATED);
        d.application("none", "none", "ASSISTANT", "COMMITTED");

        Map<String, Result> results = run(day, "VJ05-");

        assertThat(results.get(d.id("wrong")).degree()).isEqualTo("FAIL");
        assertThat(results.get(d.id("wrong")).reasons()).containsExactly("DEGREE_FAIL");
        assertThat(results.get(d.id("nonumber")).degree()).isEqualTo("UNVERIFIABLE");
        assertThat(results.get(d.id("nonumber")).reasons()).containsExactly("DEGREE_UNVERIFIABLE");
        assertThat(results.get(d.id("none")).degree()).isEqualTo("NOT_CLAIMED");
        assertThat(results.get(d.id("none")).route()).isEqualTo("EXEMPT");
    }

    @Test
    void routesACertificateUnderAFormerNameOnsiteAsNameChanged() {
        LocalDate day = LocalDate.of(2031, 1, 6);
        VerificationData d = data("VJ06-", day);
        String idNumber = d.candidate("renamed", "张三");
        d.verifiedBachelor("renamed", idNumber, 1, "社会工作", "张小三");
        d.application("renamed", "renamed", "ASSISTANT", "COMMITTED");

        Result result = run(day, "VJ06-").get(d.id("renamed"));

        assertThat(result)
                .isEqualTo(
                        new Result("PASS", "PASS", "PASS", true, 0, 0, "ELIGIBLE", "ONSITE", Set.of("NAME_CHANGED")));
    }

    @Test
    void namesEachCommitmentOtherThanCommittedAsAReason() {
        LocalDate day = LocalDate.of(2031, 1, 7);
        VerificationData d = data("VJ07-", day);
        for (String commitment : new String[] {"NOT_CHOSEN", "WITHDRAWN", "NOT_APPLICABLE"}) {
            String idNumber = d.candidate(commitment, "张三");
            d.verifiedBachelor(commitment, idNumber, 1, "社会工作", "张三");
            d.application(commitment, commitment, "ASSISTANT", commitment);
        }

        Map<String, Result> results = run(day, "VJ07-");

        for (String commitment : new String[] {"NOT_CHOSEN", "WITHDRAWN", "NOT_APPLICABLE"}) {
            assertThat(results.get(d.id(commitment)).route()).isEqualTo("ONSITE");
            assertThat(results.get(d.id(commitment)).reasons()).containsExactly(commitment);
        }
    }

    @Test
    void barsActiveArchiveRecordsAndAFalseCommitmentButNotExpiredOnes() {
        LocalDate day = LocalDate.of(2031, 1, 8);
        VerificationData d = data("VJ08-", day);
        String[][] cases = {
            {"active", "SERIOUS", "2030-01-01", "2031-01-08"},
            {"endless", "VERY_SERIOUS", "2020-01-01", null},
            {"expired", "SERIOUS", "2020-01-01", "2031-01-07"},
            {"falsecommit", "FALSE_COMMITMENT", "2010-01-01", "2015-01-01"},
        };
        for (String[] c : cases) {
            String idNumber = d.candidate(c[0], "张三");
            d.verifiedBachelor(c[0], idNumber, 1, "社会工作", "张三");
            d.archive(idNumber, c[1], c[2], c[3]);
            d.application(c[0], c[0], "ASSISTANT", "COMMITTED");
        }
        String barredNotChosen = d.candidate("notchosen", "张三");
        d.verifiedBachelor("notchosen", barredNotChosen, 1, "社会工作", "张三");
        d.archive(barredNotChosen, "FALSE_COMMITMENT", "2010-01-01", null);
        d.application("notchosen", "notchosen", "ASSISTANT", "NOT_CHOSEN");

        Map<String, Result> results = run(day, "VJ08-");

        assertThat(results.get(d.id("active")).reasons()).containsExactly("ARCHIVE_BARRED");
        assertThat(results.get(d.id("endless")).reasons()).containsExactly("ARCHIVE_BARRED");
        assertThat(results.get(d.id("expired")).route()).isEqualTo("EXEMPT");
        assertThat(results.get(d.id("falsecommit")).reasons()).containsExactly("ARCHIVE_BARRED");
        assertThat(results.get(d.id("notchosen")).reasons()).containsExactlyInAnyOrder("NOT_CHOSEN", "ARCHIVE_BARRED");
    }

    @Test
    void countsWorkMonthsWithOverlapsGapsAndOpenJobs() {
        LocalDate day = LocalDate.of(2031, 1, 9);
        VerificationData d = data("VJ09-", day);
        // INTERMEDIATE with a bachelor's in social work needs 3 years (36 months)
        String overlap = d.candidate("overlap", "张三");
        d.verifiedBachelor("overlap", overlap, 1, "社会工作", "张三");
        d.job("overlap", 1, "2020-01-01", "2021-12-31", true);
        d.job("overlap", 2, "2021-07-01", "2022-12-31", true);
        d.job("overlap", 3, "2018-01-01", "2019-12-31", false);
        d.span(overlap, "2020-01-01", "2022-12-01");
        d.application("overlap", "overlap", "INTERMEDIATE", "COMMITTED");
        String gap = d.candidate("gap", "张三");
        d.verifiedBachelor("gap", gap, 1, "社会工作", "张三");
        d.job("gap", 1, "2020-01-01", "2022-12-31", true);
        d.span(gap, "2020-01-01", "2020-12-01");
        d.span(gap, "2022-01-01", "2022-12-01");
        d.application("gap", "gap", "INTERMEDIATE", "COMMITTED");
        String open = d.candidate("open", "张三");
        d.verifiedBachelor("open", open, 1, "社会工作", "张三");
        d.job("open", 1, "2024-01-15", null, true);
        d.span(open, "2024-01-01", "2026-06-01");
        d.application("open", "open", "INTERMEDIATE", "COMMITTED");
        String lapsed = d.candidate("lapsed", "张三");
        d.verifiedBachelor("lapsed", lapsed, 1, "社会工作", "张三");
        d.job("lapsed", 1, "2024-01-15", null, true);
        d.span(lapsed, "2024-01-01", "2026-05-01");
        d.application("lapsed", "lapsed", "INTERMEDIATE", "COMMITTED");

        Map<String, Result> results = run(day, "VJ09-");

        assertThat(results.get(d.id("overlap")))
                .extracting(Result::claimed, Result::evidenced, Result::eligibility)
                .containsExactly(36, 36, "ELIGIBLE");
        assertThat(results.get(d.id("gap")))
                .extracting(Result::claimed, Result::evidenced, Result::eligibility)
                .containsExactly(36, 24, "UNDETERMINED");
        assertThat(results.get(d.id("gap")).reasons()).containsExactly("UNDETERMINED");
        assertThat(results.get(d.id("open")))
                .extracting(Result::claimed, Result::evidenced, Result::eligibility)
                .containsExactly(36, 36, "ELIGIBLE");
        assertThat(results.get(d.id("lapsed")))
                .extracting(Result::claimed, Result::evidenced, Result::eligibility)
                .containsExactly(36, 29, "UNDETERMINED");
    }

    @Test
    void isIneligibleWhenEvenTheClaimsWouldNotQualify() {
        LocalDate day = LocalDate.of(2031, 1, 10);
        VerificationData d = data("VJ10-", day);
        String idNumber = d.candidate("law", "张三");
        d.verifiedBachelor("law", idNumber, 1, "法学", "张三");
        d.application("law", "law", "INTERMEDIATE", "COMMITTED");
        String senior = d.candidate("senior", "张三");
        d.verifiedBachelor("senior", senior, 1, "社会工作", "张三");
        d.application("senior", "senior", "SENIOR", "COMMITTED");

        Map<String, Result> results = run(day, "VJ10-");

        assertThat(results.get(d.id("law")).eligibility()).isEqualTo("INELIGIBLE");
        assertThat(results.get(d.id("law")).socialWorkMajor()).isFalse();
        assertThat(results.get(d.id("law")).reasons()).containsExactly("INELIGIBLE");
        assertThat(results.get(d.id("senior")).eligibility()).isEqualTo("INELIGIBLE");
    }

    @Test
    void movesApplicationsToTheirStateWithOneEventAndListsTheOnsiteOnes() {
        LocalDate day = LocalDate.of(2031, 1, 11);
        VerificationData d = data("VJ11-", day);
        String exempt = d.goodApplication("exempt");
        String idNumber = d.candidate("onsite", "张三");
        d.verifiedBachelor("onsite", idNumber, 1, "社会工作", "张三");
        String onsite = d.application("onsite", "onsite", "ASSISTANT", "NOT_CHOSEN");
        ResultRows rows = new ResultRows(jdbc);

        nightly.verify(day, true);
        nightly.verify(day, true);

        assertThat(rows.status(exempt)).isEqualTo("EXEMPT");
        assertThat(rows.status(onsite)).isEqualTo("ONSITE_REQUIRED");
        assertThat(rows.events(exempt))
                .containsExactly("EXEMPT | online verification 2031-01-11: exempt from on-site verification");
        assertThat(rows.events(onsite))
                .containsExactly(
                        "ONSITE_REQUIRED | online verification 2031-01-11: on-site verification required (NOT_CHOSEN)");
        assertThat(rows.onsite(day, "VJ11-")).containsExactly(Map.entry(onsite, Set.of("NOT_CHOSEN")));
    }

    @Test
    void aReRunOfADateReplacesItsOutputAndDoesNotDuplicateIt() throws IOException {
        LocalDate day = LocalDate.of(2031, 1, 12);
        VerificationData d = data("VJ12-", day);
        String app = d.goodApplication("a");
        String later = d.candidate("b", "张三");
        d.education("b", 1, "BACHELOR", "社会工作", null, null, "张三");
        String b = d.application("b", "b", "ASSISTANT", "COMMITTED");
        nightly.verify(day, true);
        d.educationRecord("b-E1", later, "张三", "北京大学", "社会工作", "BACHELOR", VerificationData.GRADUATED);

        VerificationReport report = nightly.verify(day, true);

        ResultRows rows = new ResultRows(jdbc);
        assertThat(report.verified()).isEqualTo(2);
        assertThat(rows.resultCount(app)).isEqualTo(1);
        assertThat(rows.resultCount(b)).isEqualTo(1);
        assertThat(rows.results(day, "VJ12-").get(b).route()).isEqualTo("EXEMPT");
        assertThat(rows.status(b)).isEqualTo("EXEMPT");
        assertThat(rows.events(b)).hasSize(2);
        assertThat(parquetRows(day)).isEqualTo(2);
    }

    @Test
    void exportsTheDatesResultsAsParquet() throws IOException {
        LocalDate day = LocalDate.of(2031, 1, 13);
        VerificationData d = data("VJ13-", day);
        String app = d.goodApplication("a");
        d.candidate("b", "张三");
        d.application("b", "b", "ASSISTANT", "WITHDRAWN");

        nightly.verify(day, true);

        Path part = outputRoot.resolve("verification_results/run_date=2031-01-13/part-0.parquet");
        try (RowReader reader = ParquetRowReader.open(part)) {
            Row first = reader.next();
            assertThat(first.asMap())
                    .containsEntry("run_date", "2031-01-13")
                    .containsEntry("application_id", app)
                    .containsEntry("route", "EXEMPT")
                    .containsEntry("social_work_major", "true");
            Row second = reader.next();
            assertThat(second.get("reasons")).isEqualTo("WITHDRAWN;EDUCATION_UNVERIFIABLE;INELIGIBLE");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void withBundleOnlyVerifiesExactlyTheApplicationsTheDatesImportLoaded() {
        LocalDate day = LocalDate.of(2031, 1, 14);
        VerificationData d = data("VJ14-", day);
        String loaded = d.goodApplication("loaded");
        d.candidate("earlier", "张三");
        String earlier = d.application(
                "earlier",
                "earlier",
                "ASSISTANT",
                "COMMITTED",
                LocalDate.of(2031, 1, 1).minusYears(1));

        nightly.verify(day, true);

        ResultRows rows = new ResultRows(jdbc);
        assertThat(rows.results(day, "VJ14-")).containsOnlyKeys(loaded);
        assertThat(rows.status(earlier)).isEqualTo("AWAITING_ONLINE_VERIFICATION");
    }

    @Test
    void withoutBundleOnlyVerifiesEveryApplicationAwaitingVerification() {
        LocalDate day = LocalDate.of(2031, 1, 15);
        VerificationData d = data("VJ15-", day);
        String awaiting = d.application("awaiting", candidateOf(d, "awaiting"), "ASSISTANT", "COMMITTED", null);
        String done = d.goodApplication("done");
        jdbc.sql("UPDATE applications SET status = 'PAID' WHERE application_id = ?")
                .param(done)
                .update();

        nightly.verify(day, false);

        ResultRows rows = new ResultRows(jdbc);
        assertThat(rows.results(day, "VJ15-")).containsOnlyKeys(awaiting);
        assertThat(rows.status(awaiting)).isEqualTo("ONSITE_REQUIRED");
        assertThat(rows.status(done)).isEqualTo("PAID");
    }

    @Test
    void neverVerifiesAnApplicationTheCandidateCancelled() {
        LocalDate day = LocalDate.of(2031, 1, 16);
        VerificationData d = data("VJ16-", day);
        String cancelled = d.goodApplication("cancelled");
        // registration-core's cancellation before payment (issue 19)
        jdbc.sql("UPDATE applications SET status = 'CANCELLED' WHERE application_id = ?")
                .param(cancelled)
                .update();

        nightly.verify(day, false);

        ResultRows rows = new ResultRows(jdbc);
        assertThat(rows.results(day, "VJ16-")).isEmpty();
        assertThat(rows.status(cancelled)).isEqualTo("CANCELLED");
    }

    private static String candidateOf(VerificationData d, String key) {
        d.candidate(key, "张三");
        return key;
    }

    private long parquetRows(LocalDate day) throws IOException {
        Path part = outputRoot.resolve("verification_results/run_date=" + day + "/part-0.parquet");
        assertThat(Files.exists(part)).isTrue();
        long n = 0;
        try (RowReader reader = ParquetRowReader.open(part)) {
            while (reader.next() != null) {
                n++;
            }
        }
        return n;
    }
}
