package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.reportqa.answer.AnswerPieces;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

/** The streamed answer, read over a real HTTP connection as a browser's EventSource parser would. */
@QuarkusTest
class AskStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/ask/stream")
    URI stream;

    record Event(String name, JsonNode data) {
    }

    private List<Event> events(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""), "no cache may replay a stream");
        List<Event> out = new ArrayList<>();
        int nextId = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("id:")) {
                    assertEquals(String.valueOf(nextId++), line.substring(3).strip(), "events are numbered in order");
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && name != null) {
                    out.add(new Event(name, JSON.readTree(data.toString())));
                    assertEquals(out.size(), nextId, "every event has an id");
                    name = null;
                    data.setLength(0);
                }
            }
        }
        return out;
    }

    @Test
    void should_stream_sources_then_citations_then_text_then_the_whole_response() throws Exception {
        String question = JSON.writeValueAsString(Map.of("question", "白河区和金沙县2022年地区生产总值分别是多少?"));
        List<Event> events = events(question);

        List<String> names = events.stream().map(Event::name).toList();
        assertEquals("retrieval", names.get(0));
        assertEquals("citations", names.get(1));
        assertEquals("done", names.get(names.size() - 1));
        assertTrue(names.subList(2, names.size() - 1).stream().allMatch("delta"::equals), names.toString());
        assertTrue(names.size() >= 5, "a comparison arrives in at least two pieces: " + names);

        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.name().equals("delta")).forEach(e -> text.append(e.data().get("text").asText()));
        JsonNode done = events.get(events.size() - 1).data();
        assertEquals(done.get("answer").asText(), text.toString());
        assertEquals(done.get("citations"), events.get(1).data().get("citations"));
        assertTrue(events.get(0).data().get("hits").size() > 0);

        String plain = given().contentType(ContentType.JSON).body(question).when().post("/api/ask").then()
                .statusCode(200).extract().jsonPath().getString("answer");
        assertEquals(plain, done.get("answer").asText(), "the stream tells the same answer as /api/ask");
    }

    @Test
    void should_stream_a_refusal_too() throws Exception {
        List<Event> events = events(JSON.writeValueAsString(Map.of("question", "成都市2022年地区生产总值是多少?")));
        JsonNode done = events.get(events.size() - 1).data();
        assertEquals(false, done.get("answerable").asBoolean());
    }

    @Test
    void should_refuse_a_bad_request_with_a_problem_instead_of_a_stream() {
        given().contentType(ContentType.JSON).body("{\"question\":\"\"}").when().post("/api/ask/stream")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void should_cut_answers_into_sentence_pieces_that_add_up() {
        assertEquals(List.of("甲[1]。", "乙[2]。"), AnswerPieces.of("甲[1]。乙[2]。"));
        assertEquals(List.of("甲：一[1]。", "\n", "乙：二"), AnswerPieces.of("甲：一[1]。\n乙：二"));
    }
}
