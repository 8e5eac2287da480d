package io.reportqa.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Keyboard use, names for screen readers, contrast, and a page that loads nothing from elsewhere. */
@QuarkusTest
class PageQualityUiTest extends DesktopSession {

    /** WCAG 2 contrast of an element's text against the first opaque background behind it. */
    private static final String CONTRAST = """
            const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
            const lum = (c) => {
              const [r, g, b] = rgb(c).slice(0, 3).map((v) => {
                v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const background = (el) => {
              for (; el; el = el.parentElement) {
                const c = getComputedStyle(el).backgroundColor;
                if (rgb(c)[3] !== 0) return c;
              }
              return 'rgb(255, 255, 255)';
            };
            return [...document.querySelectorAll(arguments[0])].filter((el) => el.getClientRects().length)
              .map((el) => {
                const [a, b] = [lum(getComputedStyle(el).color), lum(background(el))];
                return [el.className || el.tagName, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
              });""";

    @Test
    void should_be_usable_from_the_keyboard_alone() {
        WebElement input = page.input();
        assertEquals("question", page.activeElementId(), "the question box has the focus on arrival");
        input.sendKeys("白河区2022年", Keys.chord(Keys.SHIFT, Keys.ENTER), "地区生产总值是多少?");
        assertEquals("白河区2022年\n地区生产总值是多少?", input.getAttribute("value"), "Shift+Enter is a new line");
        assertTrue(page.answers().isEmpty(), "Shift+Enter does not send");
        input.sendKeys(Keys.ENTER);
        WebElement answer = page.finished();

        WebElement cite = ChatPage.citeLinks(answer).get(0);
        cite.sendKeys(Keys.ENTER);
        page.highlighted();
        assertTrue(page.activeElementId().startsWith("para-"), "the focus moves to the cited paragraph");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.waiting().until(d -> !page.reader().isDisplayed());
        assertEquals("[1]", driver.switchTo().activeElement().getText(), "the focus returns to the citation");
    }

    @Test
    void should_give_every_control_a_name_a_screen_reader_can_say() {
        page.ask("青禾市城镇新增就业多少人?");
        ChatPage.citeLinks(page.finished()).get(0).click();
        page.highlighted();

        List<WebElement> controls = driver.findElements(By.cssSelector("button, a, textarea, input, summary"));
        assertTrue(controls.size() > 20, "controls of the chat and the reader: " + controls.size());
        for (WebElement control : controls) {
            if (control.isDisplayed()) {
                assertFalse(control.getAccessibleName().isBlank(), control.getAttribute("outerHTML"));
            }
        }
        assertEquals("你的问题", page.input().getAccessibleName());
        assertEquals("关闭报告", driver.findElement(By.id("reader-close")).getAccessibleName());
        assertEquals("log", driver.findElement(By.id("messages")).getAriaRole());
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_keep_text_at_a_contrast_of_at_least_4_5_to_1() {
        page.ask("青禾市的火星探测基地建了几座?");
        page.finished();
        page.ask("青禾市城镇新增就业多少人?");
        ChatPage.citeLinks(page.finished()).get(0).click();
        page.highlighted();

        List<List<Object>> ratios = (List<List<Object>>) page.script(CONTRAST, "body, .hint, .nav a, button.primary, "
                + "button.secondary, .answer, .cite, .badge, .source-link, .source-where, .source-quote, .user-text, "
                + ".reader-meta, .reader-where, .pnum, .ptext, mark, .para.front .ptext, .toc summary");
        assertTrue(ratios.size() > 15, ratios.toString());
        for (List<Object> r : ratios) {
            assertTrue(((Number) r.get(1)).doubleValue() >= 4.5, r.get(0) + " has contrast " + r.get(1));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_keep_text_at_a_contrast_of_at_least_4_5_to_1_in_dark_mode_too() {
        Dark.on(driver);
        try {
            page.ask("青禾市2030年地区生产总值是多少?");
            page.finished();
            page.ask("青禾市2023年要办哪些民生实事?");
            ChatPage.citeLinks(page.finished()).get(0).click();
            page.highlighted();
            assertTrue(Dark.pageIsDark(page));

            List<List<Object>> ratios = (List<List<Object>>) page.script(CONTRAST, "body, .hint, .nav a, button.primary, "
                    + "button.secondary, .answer, .cite, .badge, .source-link, .source-where, .source-quote, .user-text, "
                    + ".turn-scope, button.link, .reader-meta, .reader-where, .pnum, .ptext, mark, .toc summary, "
                    + ".coverage-label");
            assertTrue(ratios.size() > 15, ratios.toString());
            for (List<Object> r : ratios) {
                assertTrue(((Number) r.get(1)).doubleValue() >= 4.5, r.get(0) + " has contrast " + r.get(1) + " in dark mode");
            }
        } finally {
            Dark.off(driver);
        }
    }

    @Test
    void should_load_nothing_from_outside_the_service_and_forbid_inline_code() {
        page.ask("青禾市城镇新增就业多少人?");
        page.finished();
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) page.script(
                "return performance.getEntriesByType('resource').map((e) => e.name)");
        assertTrue(loaded.size() >= 8, loaded.toString());
        for (String resource : loaded) {
            assertTrue(resource.startsWith(page.base), resource + " is not from the service");
        }
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"));
    }
}
