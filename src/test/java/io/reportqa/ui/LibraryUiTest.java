package io.reportqa.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The library view over 90 reports with API keys on: grouping, sorting and the filter; adding reports from the page
 * (a .docx among them) with the key asked for once per tab; asking within an added report; removing it; and a
 * change made by another client showing up.
 */
@QuarkusTest
@TestProfile(GeneratedLibrary.Profile.class)
class LibraryUiTest extends DesktopSession {

    private static final Path UPLOADS = Path.of("target", "ui-uploads");

    private static int reportCount() {
        return given().when().get("/api/reports").then().statusCode(200).extract().jsonPath().getList("reports").size();
    }

    private List<WebElement> cards() {
        return driver.findElements(By.cssSelector("#report-groups .report-card"));
    }

    private void filter(String text) {
        WebElement box = driver.findElement(By.id("report-filter"));
        box.clear();
        box.sendKeys(text);
    }

    private String count() {
        return driver.findElement(By.id("report-count")).getText();
    }

    private void openLibrary() {
        page.open("#/reports");
        int n = reportCount();
        page.waiting().until(d -> count().equals("共 " + n + " 份报告"));
    }

    @Test
    void should_group_by_level_and_place_sort_by_year_and_filter_ninety_reports() {
        openLibrary();
        assertEquals(GeneratedLibrary.SIZE, cards().size());
        List<String> levels = driver.findElements(By.cssSelector(".level-group")).stream()
                .map(g -> g.getAttribute("data-level")).toList();
        assertEquals(List.of("省级", "市级", "县级"), levels);
        Set<String> cities = driver.findElements(By.cssSelector(".level-group[data-level='市级'] .place-group")).stream()
                .map(g -> g.getAttribute("data-place")).collect(Collectors.toSet());
        assertEquals(Set.copyOf(GeneratedLibrary.CITIES), cities);
        for (WebElement place : driver.findElements(By.cssSelector(".place-group"))) {
            List<String> titles = place.findElements(By.cssSelector(".report-title")).stream().map(WebElement::getText)
                    .toList();
            assertEquals(3, titles.size(), place.getText());
            for (int i = 0; i < 3; i++) {
                assertTrue(titles.get(i).startsWith(GeneratedLibrary.YEARS.get(i) + "年"), titles.toString());
            }
        }

        filter("2022");
        page.waiting().until(d -> count().equals("显示 30 / 90 份报告"));
        assertTrue(cards().stream().allMatch(c -> c.getText().contains("2022")));
        filter("县级 2023");
        page.waiting().until(d -> cards().size() == GeneratedLibrary.COUNTIES.size());
        filter("松林");
        page.waiting().until(d -> cards().size() == 3);
        assertTrue(cards().stream().allMatch(c -> c.getText().contains("松林市")));
        filter("火星");
        page.waiting().until(d -> cards().isEmpty());
        assertEquals("没有符合“火星”的报告。", driver.findElement(By.cssSelector("#report-groups .none")).getText());
    }

    @Test
    void should_add_reports_from_the_page_ask_within_one_and_remove_it() throws IOException {
        Path docx = TinyDocx.write(UPLOADS.resolve("云杉县2024.docx"), List.of("2024年云杉县政府工作报告",
                "——2024年1月9日在云杉县第十届人民代表大会第五次会议上", "云杉县县长 李青", "各位代表:",
                "现在,我代表县人民政府向大会报告工作,请予审议。", "一、2023年工作回顾",
                "过去一年,全县地区生产总值完成88.8亿元,增长6.6%。", "二、2024年主要任务", "今年地区生产总值预期增长6.5%左右。"));
        Path text = Path.of("src/test/resources/uploads/songxi-2023.txt").toAbsolutePath();
        Path csv = Files.writeString(UPLOADS.resolve("figures.csv"), "a,b\n1,2\n");
        int before = reportCount();
        openLibrary();
        // Every state each file's row goes through, recorded as the page sets it.
        page.script("""
                window.__states = {};
                new MutationObserver((records) => records.forEach((r) => {
                  const row = r.target.closest && r.target.closest('.upload');
                  if (row) (window.__states[row.dataset.file] ??= []).push(row.dataset.state);
                })).observe(document.getElementById('uploads'),
                  {subtree: true, attributes: true, attributeFilter: ['data-state']});""");

        driver.findElement(By.id("file-input")).sendKeys(docx.toAbsolutePath() + "\n" + text + "\n" + csv.toAbsolutePath());
        WebElement prompt = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("key-dialog")));
        assertEquals("api-key", page.activeElementId(), "the key box has the focus");
        prompt.findElement(By.id("api-key")).sendKeys(GeneratedLibrary.KEY);
        prompt.findElement(By.cssSelector("button[value='ok']")).click();

        WebElement docxRow = upload("云杉县2024.docx", "added");
        String meta = docxRow.findElement(By.cssSelector(".upload-reports li")).getText();
        for (String shown : List.of("2024年云杉县政府工作报告", "云杉县", "县级", "2024年1月9日", "李青")) {
            assertTrue(meta.contains(shown), shown + " missing from " + meta);
        }
        assertTrue(upload("songxi-2023.txt", "added").getText().contains("松溪县"));
        assertTrue(upload("figures.csv", "failed").getText().contains("不支持的文件类型"));
        page.waiting().until(d -> count().equals("共 " + (before + 2) + " 份报告"));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> states = (Map<String, List<String>>) page.script("return window.__states");
        assertTrue(states.get("云杉县2024.docx").containsAll(List.of("sending", "processing", "added")), states.toString());

        // Dropped on the drop zone: the same report again, now as Markdown, is refused with the service's reason.
        page.script("""
                const files = new DataTransfer();
                files.items.add(new File([arguments[0]], 'songxi-2023.md', {type: 'text/markdown'}));
                const zone = document.getElementById('dropzone');
                zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: files, bubbles: true, cancelable: true}));
                zone.dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true}));""",
                Files.readString(Path.of("src/test/resources/uploads/songxi-2023.md")));
        WebElement refused = upload("songxi-2023.md", "failed");
        assertTrue(refused.getText().contains("报告已存在"), refused.getText());
        assertEquals(GeneratedLibrary.KEY, page.script("return sessionStorage.getItem('reportqa.apiKey')"));
        assertEquals(null, page.script("return localStorage.getItem('reportqa.apiKey')"), "the key stays in the tab");

        String id = docxRow.findElement(By.cssSelector(".upload-reports li")).getAttribute("data-report");
        docxRow.findElement(By.cssSelector(".ask-report")).click();
        page.waiting().until(d -> d.getCurrentUrl().endsWith("#/"));
        assertEquals(List.of("2024年云杉县政府工作报告"), page.chips());
        assertEquals("question", page.activeElementId());
        WebElement answer = page.ask("地区生产总值完成多少?");
        answer = page.finished();
        assertTrue(ChatPage.answerText(answer).contains("88.8亿元"), ChatPage.answerText(answer));
        List<WebElement> cites = ChatPage.citeLinks(answer);
        assertFalse(cites.isEmpty());
        assertTrue(cites.stream().allMatch(c -> c.getAttribute("href").contains("#/reports/" + id + "/")));
        assertTrue(driver.findElement(By.cssSelector("#messages .turn-scope")).getText().contains("云杉县"));

        driver.findElement(By.cssSelector("[data-nav='reports']")).click();
        filter("云杉");
        page.waiting().until(d -> cards().size() == 1);
        cards().get(0).findElement(By.cssSelector("button.delete")).click();
        assertTrue(page.confirm(true).contains("2024年云杉县政府工作报告"));
        page.waiting().until(d -> cards().isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#key-dialog[open]")).isEmpty(), "the key was asked for once");
        assertEquals(before + 1, reportCount());
        given().when().get("/api/reports/" + id).then().statusCode(404);
        assertEquals("report-filter", page.activeElementId(), "the focus stays in the library");

        driver.findElement(By.cssSelector("[data-nav='chat']")).click();
        assertTrue(page.chips().isEmpty(), "the chip of the removed report is gone");
        given().header("Authorization", "Bearer " + GeneratedLibrary.KEY).when().delete("/api/reports/songxi-2023")
                .then().statusCode(200);
    }

    private WebElement upload(String file, String state) {
        return page.waiting().until(d -> d.findElements(By.cssSelector("#uploads .upload")).stream()
                .filter(r -> file.equals(r.getAttribute("data-file")) && state.equals(r.getAttribute("data-state")))
                .findFirst().orElse(null));
    }

    @Test
    void should_show_reports_another_client_added_or_removed() {
        openLibrary();
        int before = cards().size();
        String unchanged = given().when().get("/api/reports").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", unchanged).when().get("/api/reports").then().statusCode(304)
                .header("ETag", unchanged).body(org.hamcrest.Matchers.emptyString());
        String report = GeneratedLibrary.report("槭林市", 2024, 99);
        String id = given().header("Authorization", "Bearer " + GeneratedLibrary.KEY).contentType("text/plain; charset=UTF-8")
                .body(report).queryParam("name", "qilin.txt").when().post("/api/reports").then().statusCode(201)
                .extract().jsonPath().getString("reports[0].id");
        // What the page's poll timer does when it fires.
        page.script("document.dispatchEvent(new Event('visibilitychange'))");
        page.waiting().until(d -> cards().size() == before + 1);
        given().header("If-None-Match", unchanged).when().get("/api/reports").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(unchanged));
        assertEquals(1, driver.findElements(By.cssSelector(".place-group[data-place='槭林市'] .report-card")).size());

        given().header("Authorization", "Bearer " + GeneratedLibrary.KEY).when().delete("/api/reports/" + id)
                .then().statusCode(200);
        page.script("document.dispatchEvent(new Event('visibilitychange'))");
        page.waiting().until(d -> cards().size() == before);
    }

    @Test
    void should_narrow_questions_to_a_place_and_a_year_from_the_places_and_years_covered() {
        String summary = page.waiting().until(d -> d.findElement(By.cssSelector("#coverage .coverage-summary"))).getText();
        assertTrue(summary.startsWith("已收录 " + reportCount() + " 份报告"), summary);
        assertEquals(List.of("2021年", "2022年", "2023年"), driver.findElements(
                By.cssSelector("#coverage button[data-kind='year']")).stream().map(WebElement::getText).toList());
        driver.findElement(By.cssSelector("#coverage button[data-kind='place'][data-value='松林市']")).click();
        driver.findElement(By.cssSelector("#coverage button[data-kind='year'][data-value='2022']")).click();
        assertEquals(List.of("松林市", "2022年"), page.chips());
        String id = given().when().get("/api/reports").then().extract().jsonPath()
                .getString("reports.find { it.place == '松林市' && it.title.startsWith('2022年') }.id");

        WebElement answer = page.ask("地区生产总值完成多少?");
        answer = page.finished();
        List<WebElement> cites = ChatPage.citeLinks(answer);
        assertFalse(cites.isEmpty(), ChatPage.answerText(answer));
        assertTrue(cites.stream().allMatch(c -> c.getAttribute("href").contains("#/reports/" + id + "/")),
                "only the place's report of that year answers");
        assertEquals("范围：松林市、2022年", driver.findElement(By.cssSelector("#messages .turn-scope")).getText());
    }

    @Test
    void should_ask_for_the_key_again_when_the_one_given_is_refused() {
        openLibrary();
        int before = cards().size();
        page.script("sessionStorage.setItem('reportqa.apiKey', 'wrong-key')");
        cards().get(0).findElement(By.cssSelector("button.delete")).click();
        page.confirm(true);
        WebElement prompt = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("key-dialog")));
        assertTrue(prompt.findElement(By.id("key-why")).getText().contains("未被接受"), prompt.getText());
        prompt.findElement(By.cssSelector("button[value='cancel']")).click();
        WebElement error = page.waiting().until(d -> d.findElement(By.cssSelector("#report-groups .error")));
        assertEquals("需要 API 密钥", error.findElement(By.cssSelector(".error-title")).getText());
        assertEquals(before, cards().size(), "nothing was removed");
        assertEquals(null, page.script("return sessionStorage.getItem('reportqa.apiKey')"));
    }
}
