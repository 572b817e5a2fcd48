package org.llmatlas.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.llmatlas.web.testing.Browser;
import org.llmatlas.web.testing.H2Database;
import org.llmatlas.web.testing.WebTest;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium per test class against the H2 site; {@link Browser#start()} skips the class with the reason
 * when Chromium or its driver is absent, and fails it instead when {@code ATLAS_REQUIRE_BROWSER=1} (CI).
 */
@H2Database
abstract class BrowserTest extends WebTest {

    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
