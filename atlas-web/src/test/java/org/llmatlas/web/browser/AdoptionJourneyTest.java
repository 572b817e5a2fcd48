package org.llmatlas.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.web.adoption.ProjectFixtures;
import org.llmatlas.web.testing.Browser;
import org.llmatlas.web.testing.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An organisation signs in, creates an adoption project from its contract and closes a cell with evidence. */
class AdoptionJourneyTest extends BrowserTest {

    @Test
    void evidenceUploadTurnsACellFromOpenToCovered(@TempDir Path dir) throws IOException {
        String contract = ProjectFixtures.contractYaml();
        Clause clause = ProjectFixtures.screeningClause(contract);
        Path contractFile = Files.writeString(dir.resolve("atlas.yaml"), contract);
        Path evidenceFile = Files.write(dir.resolve("screen-advbench.json"), ProjectFixtures.passingEvidence(clause));
        String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);

        browser.get(baseUrl + "/orgs");
        browser.findElement(By.name("username")).sendKeys("alice");
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit], form input[type=submit]"))
                .click();
        waitFor(ExpectedConditions.titleContains("Organisations"));

        browser.findElement(By.id("org-name")).sendKeys("Acme Bank");
        browser.findElement(By.id("org-slug")).sendKeys(slug);
        browser.findElement(By.xpath("//button[text()='Create organisation']")).click();
        waitFor(ExpectedConditions.urlContains("/orgs/" + slug));

        browser.findElement(By.id("project-name")).sendKeys("Customer assistant");
        browser.findElement(By.id("contract")).sendKeys(contractFile.toString());
        browser.findElement(By.xpath("//button[text()='Create project']")).click();
        waitFor(ExpectedConditions.urlContains("/projects/"));
        assertThat(cellState()).isEqualTo("open");
        Browser.screenshot(browser, "dashboard-open");

        new Select(browser.findElement(By.id("clause"))).selectByValue(clause.id());
        browser.findElement(By.id("file")).sendKeys(evidenceFile.toString());
        browser.findElement(By.xpath("//button[text()='Upload evidence']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));

        assertThat(cellState()).isEqualTo("covered");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("PH-SELECTION × AP-HIDDEN-CHARACTERISTICS × RM-SCREENING: open → covered");
        Browser.screenshot(browser, "dashboard-covered");
    }

    private static String cellState() {
        return browser.findElement(By.cssSelector("td[data-cell='" + ProjectFixtures.CELL + "']"))
                .getAttribute("data-state");
    }

    private static void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }
}
