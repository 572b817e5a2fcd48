package org.llmatlas.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.account.Role;
import org.llmatlas.web.coding.CodingFixture;
import org.llmatlas.web.coding.CodingService;
import org.llmatlas.web.coding.ReleaseCutter;
import org.llmatlas.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The contributing workflow in a real browser: a contributor proposes a mapping, an editor assigns two coders who
 * code it blind, the agreement shows, the editor reconciles and publishes, and a new release carries the mapping.
 */
class CodingBrowserTest extends BrowserTest {

    static final String PASSWORD = "browser test passphrase";

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CodingService coding;

    @Autowired
    ReleaseCutter cutter;

    @Test
    void proposalIsCodedBlindReconciledPublishedAndReleased() {
        String contributor = person("carol", Role.CONTRIBUTOR);
        String coderA = person("alan", Role.CODER);
        String coderB = person("bea", Role.CODER);
        String editor = person("erin", Role.EDITOR);
        CodingFixture fixture = new CodingFixture(accounts, coding, cutter);
        String mapping =
                "MAP-DATA-HC-SIGNALING-" + CodingFixture.unique("BROWSER").toUpperCase();

        signIn(contributor);
        browser.get(baseUrl + "/proposals/new");
        new Select(browser.findElement(By.id("kind"))).selectByValue("MAPPING");
        browser.findElement(By.id("targetId")).sendKeys(mapping);
        browser.findElement(By.id("title")).sendKeys("Data cards signal the quality of training data");
        browser.findElement(By.id("body")).sendKeys(CodingFixture.mappingYaml(mapping, fixture.freshMethod()));
        browser.findElement(By.id("rationale"))
                .sendKeys("Pushkarna et al. (2022), p. 3: \"Data Cards are structured summaries of essential facts\"");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlMatches("/proposals/\\d+$"));
        String proposalUrl = browser.getCurrentUrl();
        String id = proposalUrl.substring(proposalUrl.lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.cssSelector("pre.diff")).getText()).contains("+ id: " + mapping);

        signIn(editor);
        browser.get(proposalUrl);
        browser.findElement(By.id("coders")).sendKeys(coderA + ", " + coderB);
        browser.findElement(By.xpath("//button[text()='Assign']")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "coding"));

        code(coderA, id, "RM-SIGNALING", "3");
        browser.get(baseUrl + "/coding/" + id + "/codings/" + coderB);
        assertThat(browser.getPageSource())
                .as("a coder cannot open the other coder's work")
                .contains("Blind coding");
        code(coderB, id, "RM-SCREENING", "3");
        browser.get(baseUrl + "/coding/" + id + "/codings/" + coderA);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("RM-SIGNALING");

        signIn(editor);
        browser.get(proposalUrl);
        assertThat(browser.findElement(By.id("codings")).getText()).contains("remedy", "0.00", "phase", "1.00");
        browser.findElement(By.id("reconcile")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("differences")));
        assertThat(browser.findElements(By.cssSelector("#differences tr.disagree")))
                .isNotEmpty();
        Browser.screenshot(browser, "reconciliation");
        new Select(browser.findElement(By.id("remedy"))).selectByValue("RM-SIGNALING");
        browser.findElement(By.id("note")).sendKeys("Disclosure by the data publisher is signaling, not screening.");
        browser.findElement(By.id("publish")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "published"));

        browser.get(baseUrl + "/editor/releases");
        String version = browser.findElement(By.id("version")).getAttribute("value");
        browser.findElement(By.id("cut")).click();
        waitFor().until(ExpectedConditions.urlContains("/releases/" + version));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(mapping);

        browser.get(baseUrl + "/agreement");
        assertThat(browser.findElement(By.id("per-pair")).getText())
                .contains(coderA)
                .contains(coderB);
        Browser.screenshot(browser, "agreement");
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private String person(String name, Role role) {
        String username = CodingFixture.unique(name);
        accounts.create(username, null, encoder.encode(PASSWORD), role, false);
        return username;
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void code(String coder, String id, String remedy, String page) {
        signIn(coder);
        browser.get(baseUrl + "/coding/" + id);
        new Select(browser.findElement(By.id("phase"))).selectByValue("PH-DATA");
        new Select(browser.findElement(By.id("problem"))).selectByValue("AP-HIDDEN-CHARACTERISTICS");
        new Select(browser.findElement(By.id("remedy"))).selectByValue(remedy);
        browser.findElement(By.id("obj-OBJ-FATE-TRANSPARENCY")).click();
        browser.findElement(By.id("quote")).sendKeys("structured summaries of essential facts");
        browser.findElement(By.id("page")).sendKeys(page);
        browser.findElement(By.xpath("//button[text()='Submit coding']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("own-coding")));
    }
}
