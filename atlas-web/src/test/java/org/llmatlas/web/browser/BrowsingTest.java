package org.llmatlas.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.llmatlas.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader browses the matrix, filters it and opens a method, in a real browser. */
class BrowsingTest extends BrowserTest {

    @Test
    void browsesTheMatrixFiltersItAndOpensAMethod() {
        browser.get(baseUrl + "/matrix");
        assertThat(browser.getTitle()).startsWith("Matrix");
        WebElement count = browser.findElement(By.cssSelector("#matrix p span"));
        int all = Integer.parseInt(count.getText());
        Browser.screenshot(browser, "matrix");

        new Select(browser.findElement(By.id("framework"))).selectByValue("OWASP-LLM-2025");
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("framework=OWASP-LLM-2025"));
        int filtered = Integer.parseInt(
                browser.findElement(By.cssSelector("#matrix p span")).getText());
        assertThat(filtered).isPositive().isLessThan(all);

        browser.findElement(By.linkText("Adversarial attacks")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Adversarial"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Adversarial attacks");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(
                        "Where it applies and why",
                        "screen.adversarial",
                        "AML.T0054",
                        "/r/1.0.0/M-ADVERSARIAL-ATTACKS");
        Browser.screenshot(browser, "method");
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        browser.get(baseUrl + "/matrix");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
}
