package org.sportello.reporting.research.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven
 * through its own chromedriver: nothing is downloaded (the network is closed, and Selenium Manager
 * would try), and a missing browser fails the test with what to install, never skips it.
 */
final class ResearchBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int WIDTH = 1280;

    private final ChromeDriver driver;
    private final Path downloads;

    private ResearchBrowser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    /** Starts Chromium with a fresh profile and a download folder of its own, both under {@code target/}. */
    static ResearchBrowser start() {
        for (Path required : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(required)) {
                throw new AssertionError(required + " is missing: the research page is tested in a real Chromium. "
                        + "Install Debian's packages with `apt-get install chromium chromium-driver` (.ci/run does it).");
            }
        }
        Path target = Path.of("target");
        try {
            Files.createDirectories(target);
            Path profile = Files.createTempDirectory(target, "chromium-profile-");
            Path downloads = Files.createTempDirectory(target, "chromium-downloads-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                    "--window-size=" + WIDTH + ",1000", "--lang=en-GB");
            Map<String, Object> preferences = new HashMap<>();
            preferences.put("download.default_directory", downloads.toAbsolutePath().toString());
            preferences.put("download.prompt_for_download", false);
            preferences.put("safebrowsing.enabled", false);
            options.setExperimentalOption("prefs", preferences);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            // Headless Chromium saves downloads only when told where, through the DevTools protocol.
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toAbsolutePath().toString()));
            return new ResearchBrowser(driver, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The whole page as a PNG at {@code file}: the window is made as tall as the page first. */
    Path screenshot(Path file) {
        script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        Number height = (Number) script("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDTH, height.intValue() + 40));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toAbsolutePath();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
