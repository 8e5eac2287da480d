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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The report list and the reader, reached by clicks and by deep links that survive a reload. */
@QuarkusTest
class ReportBrowserUiTest extends DesktopSession {

    /** The reader tests open their own routes; no chat page first. */
    @Override
    @BeforeEach
    void freshPage() {
        page = new ChatPage(driver, Browser.base(url));
    }

    @Test
    void should_list_the_reports_with_their_metadata_and_open_one_by_part_and_section() {
        page.openFresh("#/reports");
        List<WebElement> cards = page.waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#report-groups .report-card"));
            return found.size() == 3 ? found : null;
        });
        WebElement qinghe = driver.findElement(By.cssSelector(
                ".level-group[data-level='市级'] .place-group[data-place='青禾市'] .report-card[data-report='qinghe-2023']"));
        String meta = qinghe.findElement(By.cssSelector(".report-meta")).getText();
        for (String shown : List.of("2023年1月10日", "林远", "12 段")) {
            assertTrue(meta.contains(shown), shown + " missing from " + meta);
        }
        assertEquals("page", driver.findElement(By.cssSelector("[data-nav='reports']")).getAttribute("aria-current"));

        qinghe.findElement(By.tagName("a")).click();
        page.waiting().until(d -> d.findElement(By.id("reader-title")).getText().equals("2023年青禾市政府工作报告"));
        assertTrue(driver.getCurrentUrl().endsWith("#/reports/qinghe-2023"));
        assertEquals(12, driver.findElements(By.cssSelector("#reader-body .para")).size());
        List<String> headings = driver.findElements(By.cssSelector("#reader-body h3.para .ptext")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("一、2022年工作回顾", "二、2023年主要工作"), headings);
        assertTrue(driver.findElement(By.id("report-groups")).isDisplayed(), "the list stays behind the reader");

        driver.findElement(By.id("reader-close")).click();
        assertFalse(page.reader().isDisplayed());
        assertTrue(driver.getCurrentUrl().endsWith("#/reports"), driver.getCurrentUrl());
    }

    @Test
    void should_open_a_deep_link_at_its_paragraph_again_after_a_reload() {
        page.openFresh("#/reports/qinghe-2023/p/8");
        for (int i = 0; i < 2; i++) {
            WebElement target = page.targetParagraph();
            assertEquals("8", target.getAttribute("data-number"));
            assertTrue(target.getText().contains("(二)民生保障持续加强"), target.getText());
            assertTrue(page.visibleInReader(target));
            assertEquals("para-8", page.activeElementId());
            assertTrue(driver.findElement(By.id("reader-where")).getText()
                    .contains("一、2022年工作回顾 > (二)民生保障持续加强 · 第8段"));
            page.reload();
        }
        driver.findElement(By.cssSelector("#para-3 .pnum")).click();
        page.waiting().until(d -> "3".equals(page.targetParagraph().getAttribute("data-number")));
        assertTrue(driver.getCurrentUrl().endsWith("#/reports/qinghe-2023/p/3"), driver.getCurrentUrl());
    }

    @Test
    void should_move_to_a_section_from_the_table_of_contents() {
        page.openFresh("#/reports/qinghe-2023");
        WebElement toc = page.waiting().until(d -> d.findElement(By.cssSelector("#reader-toc details")));
        toc.findElement(By.tagName("summary")).click();
        toc.findElement(By.linkText("(一)推进绿色发展")).click();
        WebElement target = page.targetParagraph();
        assertTrue(target.getText().contains("完成植树造林8万亩"), target.getText());
        assertTrue(page.visibleInReader(target));
    }

    @Test
    void should_show_the_problem_for_a_link_to_a_report_that_does_not_exist() {
        page.openFresh("#/reports/nosuch-2099/p/3");
        WebElement error = page.waiting().until(d -> d.findElement(By.cssSelector("#reader-body .error")));
        assertEquals("problem", error.getAttribute("data-kind"));
        assertEquals("报告不存在", error.findElement(By.cssSelector(".error-title")).getText());
        assertTrue(error.getText().contains("nosuch-2099"), error.getText());
    }
}
