package org.examcommit.schedules.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium for the pages the night writes, driven through the system's
 * chromedriver (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run}
 * installs), never a driver downloaded at test time: the machine has no internet.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Whether this machine has both the browser and its driver (tests assume it; CI installs them). */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static HeadlessChromium start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--allow-file-access-from-files",
                "--window-size=1280,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(driver);
    }

    /** Opens a page written on disk, as a user does by double-clicking it. */
    public WebDriver open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
        return driver;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The browser console's errors (SEVERE) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** A PNG of the visible page, for a person to look at. */
    public Path screenshot(Path target) throws java.io.IOException {
        byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.createDirectories(target.toAbsolutePath().getParent());
        return Files.write(target, png);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
