package io.reportqa.api.openai;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What /v1/chat/completions does with OpenAI's parameters: honours, counts, or refuses in OpenAI's error shape. */
@QuarkusTest
class OpenAiParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TokenCounter TOKENS = new TokenCounter(Path.of("models/tokenizer.json"));
    private static final String QUESTION = "白河区2022年地区生产总值是多少?";

    private static Map<String, Object> chat(Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("model", "reportqa",
                "messages", List.of(Map.of("role", "user", "content", QUESTION))));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private static Response post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/chat/completions");
    }

    private static void refused(int status, Response r, String param, String code) {
        r.then().statusCode(status).contentType(ContentType.JSON)
                .body("error.type", is(status >= 500 ? "server_error" : "invalid_request_error"))
                .body("error.param", param == null ? nullValue() : is(param))
                .body("error.code", is(code));
        assertTrue(r.jsonPath().getString("error.message").length() > 10);
    }

    @Test
    void should_refuse_unknown_models_with_model_not_found() {
        refused(404, post(chat("model", "gpt-4o")), "model", "model_not_found");
        refused(404, given().when().get("/v1/models/gpt-4o"), "model", "model_not_found");
        given().when().get("/v1/models/reportqa").then().statusCode(200).body("id", is("reportqa"))
                .body("object", is("model"));
    }

    @Test
    void should_refuse_parameters_it_cannot_honour_naming_each() {
        refused(400, post(chat("n", 2)), "n", "unsupported_parameter");
        refused(400, post(chat("tools", List.of(Map.of("type", "function", "function", Map.of("name", "f"))))),
                "tools", "unsupported_parameter");
        refused(400, post(chat("tool_choice", "auto")), "tool_choice", "unsupported_parameter");
        refused(400, post(chat("response_format", Map.of("type", "json_object"))), "response_format",
                "unsupported_parameter");
        refused(400, post(chat("logprobs", true)), "logprobs", "unsupported_parameter");
        refused(400, post(chat("max_tokens", 0)), "max_tokens", "invalid_value");
        refused(400, post(chat("stop", List.of("a", "b", "c", "d", "e"))), "stop", "invalid_value");
        post(chat("n", 1, "tool_choice", "none", "response_format", Map.of("type", "text"), "logprobs", false,
                "temperature", 0.2)).then().statusCode(200);
    }

    @Test
    void should_answer_every_error_under_v1_in_openai_shape() {
        refused(400, post(chat("messages", List.of(Map.of("role", "system", "content", "你是助手")))), "messages",
                "invalid_request");
        refused(400, post("{\"model\": \"reportqa\", \"messages\": [}"), null, "malformed_json");
        refused(400, post(chat("n", "two")), "n", "malformed_json");
        refused(415, given().contentType(ContentType.TEXT).body("hi").when().post("/v1/chat/completions"), null,
                "http_415");
        refused(405, given().when().get("/v1/chat/completions"), null, "http_405");
        refused(413, post(chat("messages", List.of(Map.of("role", "user", "content", "长".repeat(300_000))))), null,
                "body_too_large");
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/ask").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void should_count_usage_with_the_models_tokenizer() {
        JsonPath r = post(chat()).then().statusCode(200).extract().jsonPath();
        String content = r.getString("choices[0].message.content");
        assertEquals("stop", r.getString("choices[0].finish_reason"));
        assertEquals(TOKENS.count(QUESTION), r.getInt("usage.prompt_tokens"));
        assertEquals(TOKENS.count(content), r.getInt("usage.completion_tokens"));
        assertEquals(r.getInt("usage.prompt_tokens") + r.getInt("usage.completion_tokens"), r.getInt("usage.total_tokens"));
        assertTrue(r.getInt("usage.completion_tokens") > 10, content);
    }

    @Test
    void should_cut_the_answer_at_max_tokens_and_at_a_stop_sequence() {
        String whole = post(chat()).then().statusCode(200).extract().jsonPath().getString("choices[0].message.content");

        JsonPath cut = post(chat("max_tokens", 6)).then().statusCode(200).extract().jsonPath();
        String content = cut.getString("choices[0].message.content");
        assertEquals("length", cut.getString("choices[0].finish_reason"));
        assertTrue(whole.startsWith(content) && content.length() < whole.length(), content);
        assertEquals(6, TOKENS.count(content), content);
        assertEquals(6, cut.getInt("usage.completion_tokens"));

        JsonPath stopped = post(chat("stop", List.of("[1]", "不会出现的序列"))).then().statusCode(200).extract().jsonPath();
        assertEquals(whole.substring(0, whole.indexOf("[1]")), stopped.getString("choices[0].message.content"));
        assertEquals("stop", stopped.getString("choices[0].finish_reason"));
    }

    @Test
    void should_stream_with_event_ids_no_cache_and_a_final_usage_chunk() throws Exception {
        Response r = post(chat("stream", true, "stream_options", Map.of("include_usage", true), "max_tokens", 8));
        r.then().statusCode(200).header("Cache-Control", "no-cache");
        List<String> ids = new ArrayList<>();
        List<JsonNode> chunks = new ArrayList<>();
        String last = null;
        for (String line : r.asString().split("\n")) {
            if (line.startsWith("id: ")) {
                ids.add(line.substring(4));
            } else if (line.startsWith("data: ")) {
                last = line.substring(6);
                if (!last.equals("[DONE]")) {
                    chunks.add(JSON.readTree(last));
                }
            }
        }
        assertEquals("[DONE]", last);
        assertEquals(chunks.size() + 1, ids.size());
        assertEquals("0", ids.get(0));
        StringBuilder content = new StringBuilder();
        chunks.forEach(c -> content.append(c.path("choices").path(0).path("delta").path("content").asText("")));
        JsonNode usage = chunks.get(chunks.size() - 1);
        assertEquals(0, usage.get("choices").size(), usage.toString());
        assertEquals(8, usage.at("/usage/completion_tokens").asInt());
        assertEquals(8, TOKENS.count(content.toString()), content.toString());
        JsonNode finish = chunks.get(chunks.size() - 2);
        assertEquals("length", finish.at("/choices/0/finish_reason").asText());
        assertTrue(finish.at("/reportqa/citations").size() > 0, finish.toString());
    }

    @Test
    void should_trim_over_long_old_turns_instead_of_refusing_them() {
        String longAnswer = "城镇新增就业2.6万人[1]。".repeat(400);
        JsonPath r = post(chat("messages", List.of(Map.of("role", "user", "content", "青禾市城镇新增就业多少人?"),
                Map.of("role", "assistant", "content", longAnswer), Map.of("role", "user", "content", "那低保标准呢?"))))
                .then().statusCode(200).extract().jsonPath();
        assertTrue(r.getString("choices[0].message.content").contains("680元/月"), r.prettify());
        given().contentType(ContentType.JSON).body(Map.of("question", "那低保标准呢?", "history",
                List.of(Map.of("role", "assistant", "content", longAnswer)))).when().post("/api/ask")
                .then().statusCode(400);
    }

    @Test
    void should_read_content_given_as_parts() {
        post(chat("messages", List.of(Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", QUESTION))))))
                .then().statusCode(200).body("choices[0].message.content", org.hamcrest.Matchers.containsString("356.2亿元"));
        refused(400, post(chat("messages", List.of(Map.of("role", "user", "content", Map.of("a", true))))),
                "messages[0]", "invalid_request");
    }
}
