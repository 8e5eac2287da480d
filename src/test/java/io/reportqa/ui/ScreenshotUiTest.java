package io.reportqa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.reportqa.api.RealCorpusProfile;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A real answer over the 14 bundled reports with its citation open, in light and dark mode, and the library view,
 * photographed for the README. The pictures go to {@code target/screenshots/}; {@code -Dui.screenshots=docs}
 * refreshes the committed ones.
 */
@QuarkusTest
@TestProfile(RealCorpusProfile.class)
class ScreenshotUiTest {

    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL url;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.desktop(1280, 800);
    }

    @AfterAll
    static void stopBrowser() {
        Browser.quit(driver);
    }

    @Test
    void should_show_a_real_answer_with_its_cited_sentence_highlighted() throws IOException {
        ChatPage page = new ChatPage(driver, Browser.base(url)).openFresh("#/");
        page.ask("2021年咸阳全市经济总量达到了多少？");
        WebElement answer = page.finished();
        assertTrue(ChatPage.answerText(answer).contains("2581.3亿元"), ChatPage.answerText(answer));

        ChatPage.citeLinks(answer).get(0).click();
        WebElement mark = page.highlighted();
        assertTrue(mark.getText().contains("全市经济总量2581.3亿元"), mark.getText());
        assertEquals("2022年咸阳市政府工作报告", driver.findElement(org.openqa.selenium.By.id("reader-title")).getText());
        assertTrue(page.visibleInReader(mark));
        assertEquals(List.of(1280L, 800L), page.script("return [window.innerWidth, window.innerHeight]"));

        save("screenshot.png");

        Dark.on(driver);
        try {
            assertTrue(Dark.pageIsDark(page), "the page follows the system's dark mode");
            assertTrue(page.visibleInReader(mark));
            save("screenshot-dark.png");
        } finally {
            Dark.off(driver);
        }
    }

    @Test
    void should_show_a_list_answer_asked_within_one_place() throws IOException {
        ChatPage page = new ChatPage(driver, Browser.base(url)).openFresh("#/");
        page.waiting().until(d -> d.findElement(org.openqa.selenium.By.cssSelector(
                "#coverage button[data-kind='place'][data-value='辽宁省']"))).click();
        assertEquals(List.of("辽宁省"), page.chips());
        page.ask("2022年重点抓好哪些方面工作?");
        WebElement answer = page.finished();
        List<WebElement> items = answer.findElements(org.openqa.selenium.By.cssSelector("ol.items > li"));
        assertTrue(items.size() >= 5, answer.getText());
        assertTrue(answer.findElement(org.openqa.selenium.By.cssSelector("ol.items")).getAttribute("class")
                .contains("own-ordinals"), "items that carry 一、二、 are not numbered again");
        for (WebElement item : items) {
            assertEquals(1, item.findElements(org.openqa.selenium.By.cssSelector("a.cite")).size(), item.getText());
        }
        assertEquals("只问：辽宁省×", page.script("return document.getElementById('scope').textContent"));
        page.script("document.querySelector('#messages .msg.user').scrollIntoView({block: 'start'})");
        assertTrue(page.pageFitsWindow());
        save("list-answer-in-scope.png");
    }

    @Test
    void should_show_the_library_grouped_by_level_and_place() throws IOException {
        ChatPage page = new ChatPage(driver, Browser.base(url)).openFresh("#/reports");
        page.waiting().until(d -> d.findElement(org.openqa.selenium.By.id("report-count")).getText().equals("共 14 份报告"));
        save("library.png");
        Dark.on(driver);
        try {
            assertTrue(Dark.pageIsDark(page));
            save("library-dark.png");
        } finally {
            Dark.off(driver);
        }
    }

    private static void save(String name) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path out = Path.of(System.getProperty("ui.screenshots", "target/screenshots")).resolve(name);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, png);
    }
}
