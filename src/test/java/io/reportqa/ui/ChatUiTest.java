package io.reportqa.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/** The chat in a real Chromium against the running service, on the fixture reports. */
@QuarkusTest
class ChatUiTest extends DesktopSession {

    private static JsonPath apiAnswer(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question)).when().post("/api/ask")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void should_stream_the_answer_and_open_each_cited_sentence_highlighted_in_its_report() {
        String question = "白河区和金沙县2022年地区生产总值分别是多少?";
        JsonPath expected = apiAnswer(question);
        // Every version of the answer the page shows, recorded as it is rendered.
        page.script("""
                window.__states = [];
                new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => {
                  if (n.dataset && n.dataset.status) window.__states.push(
                    [n.dataset.status, (n.querySelector('.answer') || {}).textContent || '']);
                }))).observe(document.getElementById('messages'), {childList: true});""");

        WebElement answer = page.ask(question);
        answer = page.finished();

        assertEquals("done", answer.getAttribute("data-status"));
        String finalText = expected.getString("answer").replace("\n", "");
        assertEquals(finalText, ChatPage.answerText(answer).replace("\n", ""));
        @SuppressWarnings("unchecked")
        List<List<String>> states = (List<List<String>>) page.script("return window.__states");
        assertTrue(states.stream().anyMatch(s -> s.get(0).equals("streaming") && !s.get(1).isEmpty()
                && finalText.startsWith(s.get(1).replace("\n", "")) && s.get(1).length() < finalText.length()),
                "the answer appeared piece by piece: " + states);
        assertTrue((Boolean) page.script("return performance.getEntriesByType('resource')"
                + ".some((e) => e.name.endsWith('/api/ask/stream'))"));

        List<WebElement> cites = ChatPage.citeLinks(answer);
        assertEquals(2, cites.size());
        List<WebElement> sources = answer.findElements(By.cssSelector(".sources li"));
        assertEquals(2, sources.size());
        assertTrue(sources.get(0).getText().contains("2023年白河区政府工作报告"), sources.get(0).getText());

        for (int i = 0; i < 2; i++) {
            ChatPage.citeLinks(page.lastAnswer()).get(i).click();
            assertCitationShown(expected, i);
        }
        page.reload();
        assertCitationShown(expected, 1);
    }

    private void assertCitationShown(JsonPath expected, int i) {
        String c = "citations[" + i + "].";
        WebElement mark = page.highlighted();
        page.waiting().until(d -> expected.getString(c + "quote").equals(mark.getText()));
        WebElement paragraph = page.targetParagraph();
        assertEquals(expected.getString(c + "paragraph"), paragraph.getAttribute("data-number"));
        assertTrue(page.visibleInReader(mark), "the cited sentence is scrolled into view");
        assertEquals("para-" + expected.getString(c + "paragraph"), page.activeElementId());
        assertEquals(expected.getString(c + "reportTitle"), driver.findElement(By.id("reader-title")).getText());
        String where = driver.findElement(By.id("reader-where")).getText();
        assertTrue(where.contains(expected.getString(c + "section")) && where.contains("第"
                + expected.getString(c + "paragraph") + "段"), where);
        assertTrue(driver.getCurrentUrl().contains("#/reports/" + expected.getString(c + "reportId") + "/p/"),
                driver.getCurrentUrl());
        assertEquals(1, driver.findElements(By.cssSelector("#reader-body mark")).size());
    }

    @Test
    void should_answer_a_follow_up_from_the_conversation_kept_across_a_reload() {
        page.ask("白河区2022年地区生产总值是多少?");
        String first = ChatPage.answerText(page.finished());
        assertTrue(first.contains("356.2亿元"), first);

        page.reload();
        assertEquals(1, page.answers().size());
        assertEquals(first, ChatPage.answerText(page.lastAnswer()));

        page.ask("那金沙县呢?");
        WebElement followUp = page.finished();
        assertTrue(ChatPage.answerText(followUp).contains("128.4亿元"), ChatPage.answerText(followUp));
        assertTrue(ChatPage.citeLinks(followUp).get(0).getAttribute("href").contains("#/reports/jinsha-2023/p/"));

        driver.findElement(By.id("new-chat")).click();
        assertTrue(page.confirm(false).startsWith("开始新对话？"));
        assertEquals(2, page.answers().size(), "a cancelled 新对话 keeps the conversation");
        driver.findElement(By.id("new-chat")).click();
        page.confirm(true);
        assertTrue(page.answers().isEmpty());
        assertEquals("question", page.activeElementId());
        assertTrue(driver.findElement(By.id("empty")).isDisplayed());
        page.reload();
        assertTrue(page.answers().isEmpty(), "a new conversation stays new after a reload");
    }

    @Test
    void should_say_clearly_when_the_reports_do_not_mention_it_and_offer_body_text_only() {
        page.ask("青禾市2030年地区生产总值是多少?");
        WebElement answer = page.finished();

        assertEquals("报告中未提及", answer.findElement(By.cssSelector(".badge.notfound")).getText());
        assertTrue(ChatPage.answerText(answer).contains("报告中未找到"), ChatPage.answerText(answer));
        assertTrue(ChatPage.citeLinks(answer).isEmpty());
        assertEquals("最接近的段落（仅供参考）", answer.findElement(By.cssSelector(".sources-title")).getText());
        List<WebElement> references = answer.findElements(By.cssSelector(".sources .source-link"));
        assertFalse(references.isEmpty());
        for (WebElement link : references) {
            // #/reports/<id>/p/<n>: the paragraph's kind, as the report's structure gives it
            String[] route = link.getAttribute("href").replaceAll(".*#/reports/", "").replaceAll("\\?.*", "").split("/");
            List<Map<String, Object>> paragraphs = given().when().get("/api/reports/" + route[0]).then().statusCode(200)
                    .extract().jsonPath().getList("parts.sections.flatten().paragraphs.flatten()");
            String kind = paragraphs.stream().filter(p -> String.valueOf(p.get("number")).equals(route[2]))
                    .map(p -> String.valueOf(p.get("kind"))).findFirst().orElseThrow();
            assertEquals("TEXT", kind, "reference " + link.getAttribute("href") + " is body text");
        }
    }

    @Test
    void should_show_markup_in_a_question_as_text_and_run_none_of_it() {
        String question = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">青禾市茶园面积多大?";
        page.ask(question);
        WebElement answer = page.finished();

        assertTrue(ChatPage.answerText(answer).contains("21万亩"), ChatPage.answerText(answer));
        for (int i = 0; i < 2; i++) {
            assertEquals(question, driver.findElement(By.cssSelector("#messages .user-text")).getText());
            assertTrue(driver.findElements(By.cssSelector("#messages script, #messages img")).isEmpty());
            assertNull(page.script("return window.__xss"));
            page.reload();
        }
    }

    @Test
    void should_hold_a_question_to_500_characters_in_the_page_with_a_chinese_message() {
        WebElement input = page.input();
        page.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", input,
                "青".repeat(500));
        assertTrue(driver.findElement(By.id("send")).isEnabled());
        assertFalse(driver.findElement(By.id("limit")).isDisplayed());
        input.sendKeys("禾");

        WebElement limit = driver.findElement(By.id("limit"));
        assertEquals("问题最多 500 个字，现在有 501 个字，请删去 1 个字后再发送。", limit.getText());
        assertFalse(driver.findElement(By.id("send")).isEnabled());
        assertEquals("true", input.getAttribute("aria-invalid"));
        WebElement counter = driver.findElement(By.id("counter"));
        assertEquals("501 / 500 字", counter.getText());
        assertTrue(counter.getAttribute("class").contains("over"));
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertTrue(page.answers().isEmpty(), "an over-long question is not sent");
        assertEquals(0L, page.askRequests());

        input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        assertFalse(limit.isDisplayed());
        assertTrue(driver.findElement(By.id("send")).isEnabled());
    }

    @Test
    void should_tell_the_user_when_the_server_cannot_be_reached_and_retry_when_it_can() {
        driver.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
        try {
            page.ask("青禾市城镇新增就业多少人?");
            WebElement error = page.finished().findElement(By.cssSelector(".error"));
            assertEquals("network", error.getAttribute("data-kind"));
            assertEquals("无法连接到服务器", error.findElement(By.cssSelector(".error-title")).getText());
        } finally {
            driver.deleteNetworkConditions();
        }
        page.lastAnswer().findElement(By.xpath(".//button[text()='重试']")).click();
        page.waiting().until(d -> "done".equals(page.lastAnswer().getAttribute("data-status")));
        assertTrue(ChatPage.answerText(page.lastAnswer()).contains("2.6万人"));
        assertEquals(1, page.answers().size(), "the retried turn replaces the failed one");
    }

    @Test
    void should_offer_example_questions_on_an_empty_conversation_and_ask_them() {
        List<WebElement> examples = page.waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#examples button"));
            return found.size() >= 3 ? found : null;
        });
        String question = examples.get(0).getText();
        examples.get(0).click();
        assertEquals("question", page.activeElementId(), "the focus does not drop to the page");

        WebElement answer = page.finished();
        assertEquals(question, driver.findElement(By.cssSelector("#messages .user-text")).getText());
        assertFalse(ChatPage.citeLinks(answer).isEmpty(), "an example about a served report is answered with a citation");
        assertFalse(driver.findElement(By.id("empty")).isDisplayed());
    }

    @Test
    void should_copy_an_answer_with_its_sources() {
        page.ask("青禾市城镇新增就业多少人?");
        WebElement answer = page.finished();
        WebElement copy = answer.findElement(By.cssSelector("button.copy"));
        copy.click();
        page.waiting().until(d -> copy.getText().equals("已复制"));

        page.input().sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "v"));
        String pasted = page.input().getAttribute("value");
        assertTrue(pasted.startsWith(ChatPage.answerText(answer)), pasted);
        assertTrue(pasted.contains("参考来源：\n[1] 2023年青禾市政府工作报告"), pasted);
    }
}
