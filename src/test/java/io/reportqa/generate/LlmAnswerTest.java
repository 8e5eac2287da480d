package io.reportqa.generate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.reportqa.generate.FakeOpenAiServer.Reply;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The optional language model, over real HTTP on both sides: the service asked by the test, the model played by
 * a local fake OpenAI-compatible server. Whatever the model does, a figure it did not read in the paragraph it
 * cites never reaches the user.
 */
@QuarkusTest
@TestProfile(FakeLlm.Profile.class)
class LlmAnswerTest {

    private static final String QUESTION = "白河区2022年地区生产总值是多少?";
    private static final String FAITHFUL = "2022年白河区地区生产总值完成356.2亿元，增长5.2%[1]。";
    private static final ObjectMapper JSON = new ObjectMapper();

    @FakeLlm.Server
    FakeOpenAiServer llm;

    @TestHTTPResource("/api/ask/stream")
    URI stream;

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question))
                .when().post("/api/ask").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void should_give_the_models_answer_when_its_citation_and_figures_hold() {
        llm.reply(r -> Reply.text(FAITHFUL));
        JsonPath r = ask(QUESTION);

        assertEquals("llm", r.getString("composer"));
        assertEquals(FAITHFUL, r.getString("answer"));
        assertEquals(0, r.getInt("removedSentences"));
        assertNull(r.getString("llmFallback"));
        assertEquals(1, r.getList("citations").size());
        assertEquals("baihe-2023", r.getString("citations[0].reportId"));
        assertTrue(r.getString("citations[0].quote").contains("356.2亿元"), r.getString("citations[0].quote"));
    }

    @Test
    void should_send_a_chinese_prompt_with_numbered_paragraphs_and_the_question() {
        llm.reply(r -> Reply.text(FAITHFUL));
        int before = llm.requests().size();
        ask(QUESTION);

        FakeOpenAiServer.Request sent = llm.requests().get(before);
        assertEquals("fake-model", sent.body().path("model").asText());
        assertFalse(sent.streamed());
        assertTrue(sent.systemMessage().contains("段落编号"), sent.systemMessage());
        assertTrue(sent.userMessage().contains("[1] 《2023年白河区政府工作报告》"), sent.userMessage());
        assertTrue(sent.userMessage().contains("地区生产总值完成356.2亿元"), sent.userMessage());
        assertTrue(sent.userMessage().endsWith("问题：" + QUESTION), sent.userMessage());
    }

    @Test
    void should_remove_a_sentence_whose_figure_is_not_in_the_cited_paragraph() {
        llm.reply(r -> Reply.text(FAITHFUL + "其中第三产业增加值达到999.9亿元[1]。"));
        JsonPath r = ask(QUESTION);

        assertEquals("llm", r.getString("composer"));
        assertEquals(FAITHFUL, r.getString("answer"));
        assertEquals(1, r.getInt("removedSentences"));
        assertFalse(r.getString("answer").contains("999.9"));
    }

    @Test
    void should_remove_sentences_citing_paragraphs_it_was_never_given() {
        llm.reply(r -> Reply.text(FAITHFUL + "增速居全省前列[42]。"));
        JsonPath r = ask(QUESTION);

        assertEquals(FAITHFUL, r.getString("answer"));
        assertEquals(1, r.getInt("removedSentences"));
        assertFalse(r.getString("answer").contains("[42]"));
    }

    @Test
    void should_fall_back_to_the_extractive_answer_when_nothing_the_model_wrote_holds() {
        llm.reply(r -> Reply.text("白河区经济总量为400亿元[1]。这是根据公开资料整理的。"));
        JsonPath r = ask(QUESTION);

        assertEquals("extractive", r.getString("composer"));
        assertEquals("unverified", r.getString("llmFallback"));
        assertEquals(2, r.getInt("removedSentences"));
        assertTrue(r.getString("answer").contains("地区生产总值完成356.2亿元"), r.getString("answer"));
        assertFalse(r.getString("answer").contains("400亿元"));
    }

    @Test
    void should_fall_back_when_the_model_is_slower_than_the_timeout() {
        llm.reply(r -> Reply.text(FAITHFUL).delayed(FakeLlm.TIMEOUT_MS * 4L));
        JsonPath r = ask(QUESTION);

        assertEquals("extractive", r.getString("composer"));
        assertEquals("timeout", r.getString("llmFallback"));
        assertTrue(r.getString("answer").contains("356.2亿元"));
        assertTrue(r.getDouble("tookMs") < FakeLlm.TIMEOUT_MS * 4L, "waited for the slow model: " + r.getDouble("tookMs"));
    }

    @Test
    void should_fall_back_when_the_model_answers_garbage_or_fails() {
        llm.reply(r -> Reply.raw(200, "{\"choices\": [ this is not json"));
        JsonPath garbled = ask(QUESTION);
        assertEquals("error", garbled.getString("llmFallback"));
        assertTrue(garbled.getString("answer").contains("356.2亿元"));

        llm.reply(r -> Reply.raw(500, "{\"error\":{\"message\":\"overloaded\"}}"));
        JsonPath failed = ask(QUESTION);
        assertEquals("error", failed.getString("llmFallback"));
        assertTrue(failed.getBoolean("answerable"));
    }

    @Test
    void should_not_ask_the_model_when_the_reports_do_not_answer() {
        llm.reply(r -> Reply.text("青禾市建成火星探测基地3座[1]。"));
        int before = llm.requests().size();
        JsonPath r = ask("青禾市的火星探测基地建了几座?");

        assertFalse(r.getBoolean("answerable"));
        assertEquals("extractive", r.getString("composer"));
        assertEquals(before, llm.requests().size());
    }

    @Test
    void should_stream_the_models_sentences_as_they_are_verified() throws Exception {
        llm.reply(r -> Reply.text("2022年白河区地区生产总值完成", "356.2亿元。[", "1]增长", "5.2%[1]。",
                "人均收入增长88%[1]。"));
        List<String[]> events = streamEvents(QUESTION);

        assertEquals("retrieval", events.get(0)[0]);
        assertEquals("citations", events.get(1)[0]);
        List<String> deltas = events.stream().filter(e -> e[0].equals("delta"))
                .map(e -> read(e[1]).path("text").asText()).toList();
        assertEquals(List.of("2022年白河区地区生产总值完成356.2亿元[1]。", "增长5.2%[1]。"), deltas);
        JsonNode done = read(events.get(events.size() - 1)[1]);
        assertEquals("done", events.get(events.size() - 1)[0]);
        assertEquals(String.join("", deltas), done.path("answer").asText());
        assertEquals("llm", done.path("composer").asText());
        assertEquals(1, done.path("removedSentences").asInt());
        assertTrue(llm.requests().get(llm.requests().size() - 1).streamed());
    }

    @Test
    void should_stream_the_extractive_answer_under_the_sources_already_sent_when_the_model_fails() throws Exception {
        llm.reply(r -> Reply.raw(503, "{\"error\":{\"message\":\"down\"}}"));
        List<String[]> events = streamEvents(QUESTION);

        JsonNode sources = read(events.get(1)[1]).path("citations");
        JsonNode done = read(events.get(events.size() - 1)[1]);
        assertEquals("error", done.path("llmFallback").asText());
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e[0].equals("delta")).forEach(e -> text.append(read(e[1]).path("text").asText()));
        assertEquals(done.path("answer").asText(), text.toString());
        for (JsonNode cited : done.path("citations")) {
            JsonNode offered = sources.get(cited.path("index").asInt() - 1);
            assertEquals(offered.path("paragraphId").asText(), cited.path("paragraphId").asText());
        }
    }

    @Test
    void should_pass_the_models_verified_answer_through_the_openai_compatible_stream() {
        llm.reply(r -> Reply.text("2022年白河区地区生产总值", "完成356.2亿元[1]。", "增长9.9%[1]。"));
        String body = given().contentType(ContentType.JSON).body(Map.of("model", "reportqa", "stream", true,
                "messages", List.of(Map.of("role", "user", "content", QUESTION))))
                .when().post("/v1/chat/completions").then().statusCode(200).extract().asString();

        StringBuilder content = new StringBuilder();
        JsonNode last = null;
        for (String line : body.split("\n")) {
            if (line.startsWith("data: {")) {
                last = read(line.substring(6));
                content.append(last.path("choices").get(0).path("delta").path("content").asText(""));
            }
        }
        assertTrue(content.toString().startsWith("2022年白河区地区生产总值完成356.2亿元[1]。\n\n参考来源："), content.toString());
        assertFalse(content.toString().contains("9.9%"));
        assertEquals("llm", last.path("reportqa").path("composer").asText());
        assertEquals(1, last.path("reportqa").path("removedSentences").asInt());
    }

    private List<String[]> streamEvents(String question) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(stream).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("question", question))))
                .build();
        HttpResponse<java.io.InputStream> res = HttpClient.newHttpClient().send(req,
                HttpResponse.BodyHandlers.ofInputStream());
        List<String[]> events = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(res.body(), StandardCharsets.UTF_8))) {
            String name = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    events.add(new String[] {name, line.substring(5).strip()});
                }
            }
        }
        return events;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
