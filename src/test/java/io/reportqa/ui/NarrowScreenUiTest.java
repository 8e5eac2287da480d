package io.reportqa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The page on a 360-pixel-wide phone: nothing overflows and the reader becomes a full-screen sheet. */
@QuarkusTest
class NarrowScreenUiTest {

    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL url;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.phone(360, 740);
    }

    @AfterEach
    void keepScreenshot(TestInfo test) {
        Browser.keepScreenshot(driver, test);
    }

    @AfterAll
    static void stopBrowser() {
        Browser.quit(driver);
    }

    @SuppressWarnings("unchecked")
    private static List<Number> rect(ChatPage page, WebElement element) {
        return (List<Number>) page.script("const r = arguments[0].getBoundingClientRect();"
                + "return [r.left, r.top, r.width, r.height];", element);
    }

    private static void assertNoSidewaysScrolling(ChatPage page) {
        assertEquals(360L, page.script("return window.innerWidth"));
        assertTrue((Boolean) page.script("return document.documentElement.scrollWidth <= window.innerWidth"
                + " && [...document.querySelectorAll('.chat-scroll, .reader-scroll, .reports')]"
                + ".every((e) => e.scrollWidth <= e.clientWidth)"), "nothing is wider than the screen");
    }

    @Test
    void should_answer_and_show_the_citation_as_a_full_screen_sheet() {
        ChatPage page = new ChatPage(driver, Browser.base(url)).openFresh("#/");
        page.ask("白河区和金沙县2022年地区生产总值分别是多少?");
        WebElement answer = page.finished();
        assertTrue(ChatPage.answerText(answer).contains("128.4亿元"));
        assertTrue(page.input().isDisplayed());
        assertNoSidewaysScrolling(page);

        ChatPage.citeLinks(answer).get(1).click();
        WebElement mark = page.highlighted();
        assertEquals(List.of(0L, 0L, 360L, 740L), rect(page, page.reader()).stream().map(Number::longValue).toList());
        assertTrue(page.visibleInReader(mark));
        assertNoSidewaysScrolling(page);

        assertEquals(true, page.script("return document.getElementById('main').inert"),
                "the chat under the sheet takes no focus");

        driver.findElement(By.id("reader-close")).click();
        assertFalse(page.reader().isDisplayed());
        assertTrue(page.lastAnswer().isDisplayed());
        assertEquals("[2]", driver.switchTo().activeElement().getText(), "the focus is back on the citation");

        page.open("#/reports");
        page.waiting().until(d -> d.findElements(By.cssSelector(".report-card")).size() == 3);
        assertNoSidewaysScrolling(page);
    }
}
