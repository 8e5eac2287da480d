package io.reportqa.ui;

import java.net.URL;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One desktop-sized Chromium per test class, a fresh chat page before every test, and a screenshot after it
 * (kept in target/screenshots to explain a failure).
 */
abstract class DesktopSession {

    static ChromeDriver driver;

    @TestHTTPResource("/")
    URL url;

    ChatPage page;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.desktop(1280, 900);
    }

    @AfterEach
    void keepScreenshot(TestInfo test) {
        Browser.keepScreenshot(driver, test);
    }

    @AfterAll
    static void stopBrowser() {
        Browser.quit(driver);
    }

    @BeforeEach
    void freshPage() {
        page = new ChatPage(driver, Browser.base(url)).openFresh("#/");
    }
}
