package io.reportqa.api.client;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real responses of every operation, successes and errors, held to the contract: each status and media type that
 * comes back must be documented for its operation, and the body must conform to the documented schema. Streams
 * are checked event by event against the schemas their description names.
 */
@QuarkusTest
class ResponseSchemaTest {

    private static final ContractSchemas SCHEMAS = new ContractSchemas(Path.of("docs/openapi.json"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path UPLOADS = Path.of("src/test/resources/uploads");
    private static final Map<String, Object> ASK = Map.of("question", "白河区2022年地区生产总值是多少?");
    private static final Map<String, Object> CHAT = Map.of("model", "reportqa",
            "messages", List.of(Map.of("role", "user", "content", "白河区2022年地区生产总值是多少?")));

    private final List<String> failures = new ArrayList<>();

    private void check(String method, String template, Response r) throws Exception {
        String media = r.contentType().split(";")[0].strip();
        String where = method + " " + template + " " + r.statusCode() + " " + media;
        String pointer = SCHEMAS.responsePointer(method, template, r.statusCode(), media);
        if (pointer == null) {
            failures.add(where + ": not in the document");
        } else if (media.endsWith("json")) {
            SCHEMAS.violations(pointer, JSON.readTree(r.asString())).forEach(v -> failures.add(where + ": " + v));
        }
    }

    private static RequestSpecification json(Object body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    @Test
    void should_answer_the_ask_search_and_eval_operations_as_documented() throws Exception {
        check("POST", "/api/ask", json(ASK).post("/api/ask"));
        check("POST", "/api/ask", json(Map.of("question", "")).post("/api/ask"));
        check("POST", "/api/ask", json(Map.of("question", "x", "reportIds", List.of("nope-2020"))).post("/api/ask"));
        check("POST", "/api/ask", given().contentType(ContentType.TEXT).body("hi").post("/api/ask"));
        check("POST", "/api/ask", json(Map.of("question", "长".repeat(300_000))).post("/api/ask"));
        check("POST", "/api/ask/stream", json(Map.of("question", "")).post("/api/ask/stream"));
        check("POST", "/api/ask/stream", json(ASK).accept("text/event-stream").post("/api/ask/stream"));
        check("GET", "/api/search", given().queryParam("q", "白河区").queryParam("k", 3).get("/api/search"));
        check("GET", "/api/search", given().queryParam("q", "白河区").queryParam("k", "abc").get("/api/search"));
        check("GET", "/api/search", given().queryParam("q", "白河区").queryParam("reportId", "nope-2020").get("/api/search"));
        check("POST", "/api/eval", given().contentType(ContentType.TEXT).body("{\"id\": \"s1\", \"type\": \"fact\", "
                + "\"question\": \"白河区2022年地区生产总值是多少?\", \"answer_keys\": [[\"356.2亿元\"]], \"evidence\": []}")
                .post("/api/eval"));
        check("POST", "/api/eval", given().contentType(ContentType.TEXT).body("not json").post("/api/eval"));
        assertEquals(List.of(), failures);
    }

    @Test
    void should_answer_the_report_operations_as_documented() throws Exception {
        check("GET", "/api/reports", given().get("/api/reports"));
        check("GET", "/api/reports", given().accept("application/xml").get("/api/reports"));
        check("GET", "/api/reports/{id}", given().get("/api/reports/baihe-2023"));
        check("GET", "/api/reports/{id}", given().get("/api/reports/nope-2020"));
        check("GET", "/api/reports/{id}", given().get("/api/reports/Not_An_Id"));
        byte[] txt = Files.readAllBytes(UPLOADS.resolve("songxi-2023.txt"));
        Response added = given().contentType("text/plain; charset=utf-8").body(txt).post("/api/reports?name=songxi.txt");
        check("POST", "/api/reports", added);
        check("POST", "/api/reports", given().contentType("text/plain; charset=utf-8").body(txt)
                .post("/api/reports?name=songxi.txt"));
        check("POST", "/api/reports", given().contentType("image/png").body(new byte[] {1, 2}).post("/api/reports"));
        String id = added.jsonPath().getString("reports[0].id");
        check("DELETE", "/api/reports/{id}", given().delete("/api/reports/" + id));
        check("DELETE", "/api/reports/{id}", given().delete("/api/reports/" + id));
        Response two = given().multiPart("file", UPLOADS.resolve("songxi-2023.md").toFile())
                .multiPart("file", UPLOADS.resolve("songxi-2023.html").toFile()).post("/api/reports");
        check("POST", "/api/reports", two);
        given().delete("/api/reports/" + two.jsonPath().getString("reports[0].id")).then().statusCode(200);
        assertEquals(List.of(), failures);
    }

    @Test
    void should_answer_the_openai_operations_as_documented() throws Exception {
        check("GET", "/v1/models", given().get("/v1/models"));
        check("GET", "/v1/models/{model}", given().get("/v1/models/reportqa"));
        check("GET", "/v1/models/{model}", given().get("/v1/models/gpt-4o"));
        check("POST", "/v1/chat/completions", json(CHAT).post("/v1/chat/completions"));
        check("POST", "/v1/chat/completions", json(Map.of("model", "gpt-4o", "messages", List.of()))
                .post("/v1/chat/completions"));
        check("POST", "/v1/chat/completions", json(Map.of("model", "reportqa", "n", 3, "messages", CHAT.get("messages")))
                .post("/v1/chat/completions"));
        check("POST", "/v1/chat/completions", given().contentType(ContentType.TEXT).body("hi").post("/v1/chat/completions"));
        assertEquals(List.of(), failures);
    }

    @Test
    void should_stream_events_whose_data_match_the_documented_schemas() throws Exception {
        String ask = json(ASK).accept("text/event-stream").post("/api/ask/stream").asString();
        List<String> names = new ArrayList<>();
        String name = null;
        for (String line : ask.split("\n")) {
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
                names.add(name);
            } else if (line.startsWith("data:")) {
                JsonNode data = JSON.readTree(line.substring(5).strip());
                if ("done".equals(name)) {
                    failures.addAll(SCHEMAS.violations(ContractSchemas.component("AskResponse"), data));
                } else if ("retrieval".equals(name)) {
                    for (JsonNode hit : data.get("hits")) {
                        failures.addAll(SCHEMAS.violations(ContractSchemas.component("SearchHit"), hit));
                    }
                } else if ("citations".equals(name)) {
                    for (JsonNode c : data.get("citations")) {
                        failures.addAll(SCHEMAS.violations(ContractSchemas.component("Citation"), c));
                    }
                }
            }
        }
        assertTrue(names.contains("done") && names.contains("retrieval"), names.toString());

        Map<String, Object> streamed = new java.util.HashMap<>(CHAT);
        streamed.put("stream", true);
        streamed.put("stream_options", Map.of("include_usage", true));
        int chunks = 0;
        for (String line : json(streamed).post("/v1/chat/completions").asString().split("\n")) {
            if (line.startsWith("data: {")) {
                chunks++;
                failures.addAll(SCHEMAS.violations(ContractSchemas.component("ChatCompletionChunk"),
                        JSON.readTree(line.substring(6))));
            }
        }
        assertTrue(chunks >= 4, "chunks: " + chunks);
        assertEquals(List.of(), failures);
    }
}
