package org.examcommit.schedules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.examcommit.schedules.pages.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The report and the notice page as a person opens them: a real headless Chromium, from disk. */
class NightPagesInChromiumTest {

    /** An 18-character id number or an 11-digit mobile number, unmasked. */
    static final Pattern UNMASKED = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|1\\d{10})(?![0-9A-Za-z])");

    /** Where the screenshots go, for a person to look at. */
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Test
    void theReportLoadsWithoutErrorDrawsItsChartsAndShowsTibetAsLessThanFive(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("report.html"), ReportPage.render(Figures.night()));
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver d = chromium.open(page);
            assertThat(chromium.consoleErrors()).isEmpty();
            assertThat(d.getTitle()).isEqualTo("夜间核验分析报告 2026-11-20");
            assertThat(d.findElements(By.cssSelector("svg"))).hasSizeGreaterThanOrEqualTo(9);
            assertThat(d.findElements(By.cssSelector("svg rect.bar"))).isNotEmpty();
            assertThat(d.findElements(By.cssSelector("svg polyline.line"))).hasSize(3);
            // a bar is really drawn: the browser gives Guangdong's exempt bar a width (Beijing's two come
            // before it, hidden with Tibet's small cells: they show "*" and have none)
            List<WebElement> routeBars = d.findElements(By.cssSelector("#routes + svg rect.bar"));
            assertThat(routeBars.get(0).getRect().getWidth()).isZero();
            assertThat(routeBars.get(2).getRect().getWidth()).isGreaterThan(10);
            String text = d.findElement(By.tagName("body")).getText();
            assertThat(text).contains("西藏 (54) <5 <5", "各省核验路由", "用人单位同月入职聚集");
            assertThat(UNMASKED.matcher(text).find()).isFalse();
            chromium.screenshot(SCREENSHOTS.resolve("report.png"));
        }
    }

    @Test
    void theNoticePageLoadsWithoutErrorAndShowsOnlyMaskedNumbers(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(
                dir.resolve("public_notice.html"),
                NoticePage.render(Figures.night().runDate(), Figures.notices()));
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver d = chromium.open(page);
            assertThat(chromium.consoleErrors()).isEmpty();
            assertThat(d.findElements(By.cssSelector("svg rect.bar"))).hasSize(2);
            String text = d.findElement(By.tagName("body")).getText();
            assertThat(text).contains("440101********0011", "欧***", "学历证书无法在线核验");
            assertThat(UNMASKED.matcher(text).find()).isFalse();
            assertThat(UNMASKED.matcher(d.getPageSource()).find()).isFalse();
            chromium.screenshot(SCREENSHOTS.resolve("public_notice.png"));
        }
    }
}
