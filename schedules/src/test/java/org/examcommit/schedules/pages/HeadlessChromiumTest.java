package org.examcommit.schedules.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The browser the page tests stand on: it runs a page's script and reports its console errors. */
class HeadlessChromiumTest {

    @Test
    void runsAPageScriptAndReportsItsConsoleErrors(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), """
                <!doctype html><html><head><meta charset="utf-8"></head><body>
                <p id="out">…</p>
                <script>
                  document.getElementById('out').textContent = '核验 ' + (6 * 7);
                  console.error('deliberate');
                </script></body></html>
                """);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            assertThat(chromium.open(page).findElement(By.id("out")).getText()).isEqualTo("核验 42");
            assertThat(chromium.consoleErrors()).anyMatch(line -> line.contains("deliberate"));
        }
    }
}
