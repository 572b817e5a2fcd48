package org.llmatlas.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's chromedriver; never a downloaded browser. Where they are not
 * installed the browser tests report themselves skipped with the reason, unless {@code ATLAS_REQUIRE_BROWSER=1}
 * (set by {@code .ci/run}), where that is a failure.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Long pages are cut here: the top of a page shows what a screenshot is for. */
    static final int MAX_HEIGHT = 1900;

    private Browser() {}

    /** Starts Chromium, or skips (fails under {@code ATLAS_REQUIRE_BROWSER=1}) when it is not installed. */
    public static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String reason = "browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "); install them with `apt-get install chromium chromium-driver`";
            if ("1".equals(System.getenv("ATLAS_REQUIRE_BROWSER"))) {
                Assertions.fail(reason + " (required here: ATLAS_REQUIRE_BROWSER=1)");
            }
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /** Saves a full-page screenshot as {@code target/screenshots/NAME.png}. */
    public static Path screenshot(ChromeDriver driver, String name) {
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1400, Math.min(MAX_HEIGHT, ((Number) height).intValue() + 120)));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }
}
