package io.reportqa.ui;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given so Selenium Manager
 * never looks for a browser on the network, and the flags keep Chromium itself off the network: every host but
 * 127.0.0.1 fails to resolve.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("ui.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ui.chromedriver", "/usr/bin/chromedriver");

    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--lang=zh-CN", "--force-device-scale-factor=1",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");

    private Browser() {
    }

    static void quit(ChromeDriver driver) {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * Skips the calling test class on a machine without Chromium, saying why; CI (CI=true) installs it and
     * must never skip.
     */
    private static void requireChromium() {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        Assumptions.assumeTrue(installed || "true".equals(System.getenv("CI")), "browser tests need " + CHROMIUM
                + " and " + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver fonts-wqy-zenhei)");
    }

    /** A desktop window whose page area (viewport) is of the given size. */
    static ChromeDriver desktop(int width, int height) {
        ChromeOptions options = options();
        options.addArguments("--window-size=" + width + "," + height);
        ChromeDriver driver = start(options);
        // --window-size counts the window's own frame, which even headless Chromium reserves.
        Number frameWidth = (Number) driver.executeScript("return window.outerWidth - window.innerWidth");
        Number frameHeight = (Number) driver.executeScript("return window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(width + frameWidth.intValue(), height + frameHeight.intValue()));
        return driver;
    }

    /** A phone-sized viewport, {@code width} CSS pixels wide, as Chromium's device emulation lays it out. */
    static ChromeDriver phone(int width, int height) {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        return start(options);
    }

    /** Keeps what the page looked like at the end of a test in target/screenshots/, to see why one failed. */
    static void keepScreenshot(ChromeDriver driver, TestInfo test) {
        if (driver == null) {
            return;
        }
        String name = test.getTestClass().map(Class::getSimpleName).orElse("ui") + "."
                + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test") + ".png";
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | WebDriverException e) {
            System.err.println("no screenshot for " + name + ": " + e.getMessage());
        }
    }

    /** The test server's address with 127.0.0.1 as host: "localhost" would not resolve under the flags above. */
    static String base(URL testUrl) {
        return "http://127.0.0.1:" + testUrl.getPort() + "/";
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(FLAGS);
        return options;
    }

    private static ChromeDriver start(ChromeOptions options) {
        requireChromium();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }
}
