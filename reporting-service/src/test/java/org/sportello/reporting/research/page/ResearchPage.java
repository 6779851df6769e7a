package org.sportello.reporting.research.page;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The research page as a researcher uses it: what they type and click, what they read. */
final class ResearchPage {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ResearchBrowser browser;
    private final ChromeDriver driver;

    ResearchPage(ResearchBrowser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** Opens {@code url} (the page, with the period in its fragment). */
    ResearchPage open(String url) {
        driver.get(url);
        return this;
    }

    ResearchPage signIn(String token) {
        WebElement field = driver.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        driver.findElement(By.id("sign-in-button")).click();
        return this;
    }

    boolean asksForAToken() {
        return driver.findElement(By.id("sign-in")).isDisplayed();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String sessionStorage(String key) {
        return (String) browser.script("return sessionStorage.getItem(arguments[0])", key);
    }

    long localStorageEntries() {
        return ((Number) browser.script("return localStorage.length")).longValue();
    }

    String signedInAs() {
        return driver.findElement(By.id("session-who")).getText();
    }

    /** The text of the first error message shown in {@code sectionId}, once there is one. */
    String errorIn(String sectionId) {
        By message = By.cssSelector("#" + sectionId + " .message.error");
        await().atMost(PATIENCE).ignoreException(StaleElementReferenceException.class)
                .until(() -> !driver.findElements(message).isEmpty() && driver.findElement(message).isDisplayed());
        return driver.findElement(message).getText();
    }

    String signInMessage() {
        By message = By.id("sign-in-message");
        await().atMost(PATIENCE).until(() -> driver.findElement(message).isDisplayed());
        return driver.findElement(message).getText();
    }

    /** Waits until {@code kind}'s chart (municipalities, offices, compare) is drawn. */
    WebElement chart(String kind) {
        By chart = By.cssSelector("[data-chart='" + kind + "'] svg.chart");
        await().atMost(PATIENCE).until(() -> !driver.findElements(chart).isEmpty());
        return driver.findElement(chart);
    }

    /** The table under {@code kind}'s chart, row by row, each row's cells as the reader sees them. */
    @SuppressWarnings("unchecked")
    List<List<String>> table(String kind) {
        String selector = "table[data-table='" + kind + "']";
        await().atMost(PATIENCE).until(() -> !driver.findElements(By.cssSelector(selector)).isEmpty());
        // Read in one script, so that a table drawn again meanwhile cannot be read half old, half new.
        return (List<List<String>>) browser.script("return [...document.querySelector(arguments[0]).rows]"
                + ".map(row => [...row.cells].map(cell => cell.innerText.trim()))", selector);
    }

    /** The cell of {@code kind}'s table in the row headed {@code rowHeader} and the column headed {@code column}. */
    String cell(String kind, String rowHeader, String column) {
        List<List<String>> rows = table(kind);
        int index = rows.get(0).indexOf(column);
        if (index < 0) {
            throw new AssertionError("No column " + column + " in " + rows.get(0));
        }
        return rows.stream().filter(row -> row.get(0).equals(rowHeader)).findFirst()
                .map(row -> row.get(index))
                .orElseThrow(() -> new AssertionError("No row " + rowHeader + " in " + rows));
    }

    /** The units a chart draws, from its legend. */
    @SuppressWarnings("unchecked")
    List<String> legend(String kind) {
        chart(kind);
        return (List<String>) browser.script("return [...document.querySelector(\"[data-chart='\" + arguments[0]"
                + " + \"']\").parentElement.querySelectorAll('.legend li:not(.legend-withheld)')]"
                + ".map(item => item.innerText.trim())", kind);
    }

    /** What the legend under {@code kind}'s chart says a withheld mark means. */
    String legendNote(String kind) {
        chart(kind);
        return (String) browser.script("return document.querySelector(\"[data-chart='\" + arguments[0]"
                + " + \"']\").parentElement.querySelector('.legend .legend-withheld').innerText", kind);
    }

    /** Picks whose offices the office chart shows, and waits for that chart. */
    void showOfficesOf(String municipality) {
        new Select(driver.findElement(By.id("office-municipality"))).selectByVisibleText(municipality);
        await().atMost(PATIENCE).until(() -> String.valueOf(browser.script(
                        "const title = document.querySelector('#offices-figure .figure-title');"
                        + " return title ? title.textContent : ''")).endsWith("offices of " + municipality));
    }

    long withheldMarks(String kind) {
        chart(kind);
        return ((Number) browser.script("return document.querySelectorAll(\"[data-chart='\" + arguments[0]"
                + " + \"'] .withheld-point\").length", kind)).longValue();
    }

    void chooseIndicator(String label) {
        driver.findElement(By.xpath("//div[@id='indicator-choices']//label[normalize-space()='" + label + "']")).click();
    }

    String selected(String selectId) {
        return new Select(driver.findElement(By.id(selectId))).getFirstSelectedOption().getText();
    }

    void download(String id) {
        driver.findElement(By.cssSelector("button[data-download='" + id + "']")).click();
    }

    String downloadMessage() {
        By message = By.id("download-message");
        await().atMost(PATIENCE).until(() -> driver.findElement(message).getText().startsWith("Saved")
                || driver.findElement(message).getAttribute("class").contains("error"));
        return driver.findElement(message).getText();
    }

    String schemeInUse() {
        By version = By.cssSelector("#scheme-body .scheme-version");
        await().atMost(PATIENCE).until(() -> !driver.findElements(version).isEmpty());
        return driver.findElement(By.id("scheme-body")).getText();
    }
}
