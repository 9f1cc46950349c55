package org.examcommit.schedules.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.examcommit.contract.draw.Draw;
import org.examcommit.contract.draw.Member;
import org.examcommit.contract.draw.PopulationHash;
import org.examcommit.contract.draw.Seeds;
import org.examcommit.schedules.draw.DrawPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The draw page in a real headless Chromium: picking the true population says the draw matches; a
 * population with one application changed, or a page whose published draw was altered, says it does not.
 */
class DrawPageTest {

    private static final Path VECTORS = Path.of("../contract/src/test/resources/draw/draw-vectors.csv");

    private static String seedHex;
    private static List<Member> population;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheWorkedExample() throws Exception {
        List<String[]> rows = Files.readAllLines(VECTORS).stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> l.strip().split(","))
                .toList();
        seedHex = rows.get(0)[0];
        population = rows.stream().map(r -> new Member(r[3], r[4])).toList();
    }

    private static DrawPage.Facts facts(List<Draw.Drawn> published) {
        Draw.Result draw = Draw.of(Seeds.parse(seedHex), new BigDecimal("0.25"), population);
        return new DrawPage.Facts(
                "20261120-SW-2026",
                "2026-11-20",
                "SW",
                2026,
                "0.25",
                Seeds.sha256(Seeds.parse(seedHex)),
                PopulationHash.of(population),
                seedHex,
                "2026-11-20T01:00:00.000+08:00",
                "2026-11-20T01:05:00.000+08:00",
                population.size(),
                draw.strata(),
                published == null ? draw.sampled() : published);
    }

    private String recompute(DrawPage.Facts facts, Path populationFile) throws Exception {
        Path page = Files.writeString(dir.resolve("draw.html"), DrawPage.html(facts));
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.open(page);
            assertThat(driver.findElement(By.id("strata")).getText()).contains("11 7 2 2b66267177c62126");
            driver.findElement(By.id("population"))
                    .sendKeys(populationFile.toAbsolutePath().normalize().toString());
            driver.findElement(By.id("recompute")).click();
            String result = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                String text = d.findElement(By.id("result")).getText();
                return text.startsWith("MATCHES") || text.startsWith("DOES NOT MATCH") ? text : null;
            });
            String details = driver.findElement(By.id("details")).getText();
            assertThat(chromium.consoleErrors()).isEmpty();
            return result + "\n" + details;
        }
    }

    @Test
    void theTruePopulationRecomputesToThePublishedDraw() throws Exception {
        String outcome = recompute(facts(null), VECTORS);
        assertThat(outcome)
                .startsWith("MATCHES: this population and the revealed seed draw exactly the 6 applications")
                .contains("population_sha256 agrees", "seed_sha256 agrees");
    }

    @Test
    void aTamperedPopulationDoesNotMatch() throws Exception {
        Path tampered = Files.writeString(
                dir.resolve("tampered.csv"), Files.readString(VECTORS).replace(",44,A00000020,", ",44,A00000021,"));
        String outcome = recompute(facts(null), tampered);
        assertThat(outcome).startsWith("DOES NOT MATCH").contains("population_sha256 DIFFERS");
    }

    @Test
    void aPublishedDrawThatIsNotTheSeedsDoesNotMatch() throws Exception {
        Draw.Result draw = Draw.of(Seeds.parse(seedHex), new BigDecimal("0.25"), population);
        List<Draw.Drawn> altered = draw.sampled().stream()
                .map(d -> d.applicationId().equals("A00000005")
                        ? new Draw.Drawn("11", "A00000002", "d3809b97c48daeb3")
                        : d)
                .toList();
        String outcome = recompute(facts(altered), VECTORS);
        assertThat(outcome)
                .startsWith("DOES NOT MATCH")
                .contains("MISSING A00000005", "EXTRA A00000002")
                .contains("population_sha256 agrees");
    }

    @Test
    void exactSampleSizesWithoutFloatingPoint() throws Exception {
        // 30 applications at 0.1: k is 3 (a double's ceil(0.1 × 30) with the binary 0.1 exactly would be 4)
        List<Member> thirty = java.util.stream.IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new Member("11", "B" + i))
                .toList();
        Draw.Result draw = Draw.of(Seeds.parse(seedHex), new BigDecimal("0.1"), thirty);
        DrawPage.Facts facts = new DrawPage.Facts(
                "D",
                "2026-11-20",
                "SW",
                2026,
                "0.1",
                Seeds.sha256(Seeds.parse(seedHex)),
                PopulationHash.of(thirty),
                seedHex,
                "t0",
                "t1",
                30,
                draw.strata(),
                draw.sampled());
        StringBuilder csv = new StringBuilder("application_id,province_code\n");
        thirty.forEach(m -> csv.append(m.applicationId()).append(",11\n"));
        Path file = Files.writeString(dir.resolve("thirty.csv"), csv);
        Path page = Files.writeString(dir.resolve("thirty.html"), DrawPage.html(facts));
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.open(page);
            driver.findElement(By.id("population"))
                    .sendKeys(file.toAbsolutePath().toString());
            driver.findElement(By.id("recompute")).click();
            String result = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                String text = d.findElement(By.id("result")).getText();
                return text.startsWith("MATCHES") || text.startsWith("DOES NOT MATCH") ? text : null;
            });
            assertThat(result).startsWith("MATCHES").contains("exactly the 3 applications");
        }
    }
}
