package io.reportqa.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Steering a conversation on the fixture reports: stop (button and Esc), a reload while an answer is on its way,
 * regenerate, edit and resend, list answers as items, scope chips, and a page that stays inside the window.
 */
@QuarkusTest
class ConversationUiTest extends DesktopSession {

    private static JsonPath apiAnswer(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question)).when().post("/api/ask")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void should_show_that_it_is_working_while_the_answer_is_on_its_way_and_stop_on_request() {
        driver.setNetworkConditions(ChromiumNetworkConditions.withLatency(java.time.Duration.ofSeconds(3)));
        try {
            WebElement waiting = page.ask("青禾市城镇新增就业多少人?");
            assertEquals("waiting", waiting.getAttribute("data-status"));
            assertEquals("true", waiting.getAttribute("aria-busy"));
            assertEquals("正在检索相关段落…", waiting.findElement(By.cssSelector(".pending")).getText());
            assertFalse(driver.findElement(By.id("send")).isDisplayed());
            driver.findElement(By.id("stop")).click();
            WebElement stopped = page.finished();
            assertEquals("stopped", stopped.getAttribute("data-status"));
            assertEquals("已停止回答。", stopped.findElement(By.cssSelector(".note")).getText());
            assertTrue(driver.findElement(By.id("send")).isDisplayed());
            assertEquals("question", page.activeElementId(), "the focus goes to the question box, not the page");
        } finally {
            driver.deleteNetworkConditions();
        }
        page.lastAnswer().findElement(By.cssSelector("button.regenerate")).click();
        page.waiting().until(d -> "done".equals(page.lastAnswer().getAttribute("data-status")));
        assertTrue(ChatPage.answerText(page.lastAnswer()).contains("2.6万人"));
        assertEquals(1, page.answers().size(), "the answer comes in place of the stopped one");
    }

    @Test
    void should_stop_on_escape_and_ask_a_waiting_question_again_after_a_reload() {
        driver.setNetworkConditions(ChromiumNetworkConditions.withLatency(java.time.Duration.ofMillis(1500)));
        try {
            page.ask("青禾市城镇新增就业多少人?");
            page.input().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            assertEquals("stopped", page.finished().getAttribute("data-status"));
            assertEquals("question", page.activeElementId());

            page.ask("白河区2022年地区生产总值是多少?");
            assertEquals("waiting", page.lastAnswer().getAttribute("data-status"));
            page.reload();
            assertEquals("白河区2022年地区生产总值是多少?",
                    driver.findElements(By.cssSelector("#messages .user-text")).get(1).getText(),
                    "the question waiting for its answer survived the reload");
        } finally {
            driver.deleteNetworkConditions();
        }
        page.waiting().until(d -> "done".equals(page.lastAnswer().getAttribute("data-status")));
        assertTrue(ChatPage.answerText(page.lastAnswer()).contains("356.2亿元"), ChatPage.answerText(page.lastAnswer()));
        assertEquals(2, page.answers().size());
        assertEquals("stopped", page.answers().get(0).getAttribute("data-status"));
    }

    @Test
    void should_show_a_list_answer_as_items_each_with_its_citation() {
        String question = "青禾市2023年要办哪些民生实事?";
        JsonPath expected = apiAnswer(question);
        List<String> items = expected.getList("items.text");
        assertTrue(items.size() >= 2, expected.prettify());

        WebElement answer = page.ask(question);
        answer = page.finished();
        List<WebElement> shown = answer.findElements(By.cssSelector("ol.items > li"));
        assertFalse(answer.findElement(By.cssSelector("ol.items")).getAttribute("class").contains("own-ordinals"),
                "items without ordinals of their own are numbered");
        assertEquals(items.size(), shown.size());
        for (int i = 0; i < items.size(); i++) {
            List<WebElement> cite = shown.get(i).findElements(By.cssSelector("a.cite"));
            assertEquals(1, cite.size(), "each item has its own marker");
            String marker = "[" + expected.getInt("items[" + i + "].citation") + "]";
            assertEquals(items.get(i) + marker, shown.get(i).getText().replace("\n", ""));
        }
        shown.get(shown.size() - 1).findElement(By.cssSelector("a.cite")).click();
        assertTrue(page.highlighted().isDisplayed());
    }

    @Test
    void should_regenerate_an_answer_and_resend_an_edited_question_in_place() {
        page.ask("白河区2022年地区生产总值是多少?");
        page.finished();
        page.ask("金沙县2022年地区生产总值是多少?");
        String second = ChatPage.answerText(page.finished());
        assertEquals(1, page.answers().get(1).findElements(By.cssSelector("button.regenerate")).size());
        assertTrue(page.answers().get(0).findElements(By.cssSelector("button.regenerate")).isEmpty(),
                "only the last answer is regenerated");

        page.lastAnswer().findElement(By.cssSelector("button.regenerate")).click();
        page.waiting().until(d -> page.askRequests() == 3 && "done".equals(page.lastAnswer().getAttribute("data-status")));
        assertEquals(2, page.answers().size());
        assertEquals(second, ChatPage.answerText(page.lastAnswer()));

        driver.findElements(By.cssSelector("#messages .msg.user button.edit")).get(0).click();
        assertEquals("白河区2022年地区生产总值是多少?", page.input().getAttribute("value"));
        assertEquals("question", page.activeElementId());
        assertTrue(driver.findElement(By.id("editing")).isDisplayed());
        page.input().clear();
        page.input().sendKeys("青禾市城镇新增就业多少人?", org.openqa.selenium.Keys.ENTER);
        page.waiting().until(d -> page.askRequests() == 4 && "done".equals(page.lastAnswer().getAttribute("data-status")));
        assertEquals(1, page.answers().size(), "the edited question replaced its turn and the ones after it");
        assertEquals(List.of("青禾市城镇新增就业多少人?"), driver.findElements(By.cssSelector("#messages .user-text"))
                .stream().map(WebElement::getText).toList());
        assertTrue(ChatPage.answerText(page.lastAnswer()).contains("2.6万人"));
        assertFalse(driver.findElement(By.id("editing")).isDisplayed());
    }

    @Test
    void should_keep_the_page_inside_the_window_after_four_answers_and_a_citation() {
        for (String q : List.of("白河区2022年地区生产总值是多少?", "金沙县2022年地区生产总值是多少?",
                "青禾市城镇新增就业多少人?", "青禾市茶园面积多大?")) {
            page.ask(q);
            page.finished();
        }
        assertTrue(page.pageFitsWindow());
        ChatPage.citeLinks(page.lastAnswer()).get(0).click();
        page.highlighted();
        assertTrue(page.pageFitsWindow(), "opening the citation scrolled the whole page");
        driver.findElement(By.id("reader-close")).click();
        page.waiting().until(d -> !page.reader().isDisplayed());
        assertTrue(page.pageFitsWindow(), "a blank band stayed after closing the reader");
    }

    @Test
    void should_limit_questions_to_a_place_or_a_report_with_chips_kept_with_the_conversation() {
        WebElement coverage = page.waiting().until(d -> d.findElement(By.cssSelector("#coverage .coverage-summary")));
        assertTrue(coverage.getText().startsWith("已收录 3 份报告，涉及 3 个地方、1 个年份"), coverage.getText());
        assertEquals(List.of("金沙县", "青禾市", "白河区").stream().sorted().toList(), driver.findElements(
                By.cssSelector("#coverage button[data-kind='place']")).stream().map(WebElement::getText).sorted().toList());
        driver.findElement(By.cssSelector("#coverage button[data-kind='place'][data-value='金沙县']")).click();
        assertEquals(List.of("金沙县"), page.chips());
        assertEquals("只问：金沙县×", page.script("return document.getElementById('scope').textContent"));
        assertEquals("question", page.activeElementId());

        WebElement answer = page.ask("地区生产总值完成多少?");
        answer = page.finished();
        assertTrue(ChatPage.answerText(answer).contains("128.4亿元"), ChatPage.answerText(answer));
        assertTrue(ChatPage.citeLinks(answer).stream().allMatch(c -> c.getAttribute("href").contains("#/reports/jinsha-2023/")));
        page.reload();
        assertEquals(List.of("金沙县"), page.chips(), "the chips are kept with the conversation");
        driver.findElement(By.cssSelector("#scope .chip-remove")).click();
        assertTrue(page.chips().isEmpty());
        assertFalse(driver.findElement(By.id("scope")).isDisplayed());
        assertEquals("question", page.activeElementId());

        page.open("#/reports/baihe-2023");
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reader-ask"))).click();
        page.waiting().until(d -> !page.reader().isDisplayed());
        assertEquals(List.of("2023年白河区政府工作报告"), page.chips());
        answer = page.ask("地区生产总值完成多少?");
        answer = page.finished();
        assertTrue(ChatPage.answerText(answer).contains("356.2亿元"), ChatPage.answerText(answer));
        assertTrue(driver.findElements(By.cssSelector("#messages .turn-scope")).get(1).getText()
                .contains("2023年白河区政府工作报告"));
    }
}
