package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The document the service serves is the checked-in contract {@code docs/openapi.json}, from which the build
 * generates the Java client that {@code GeneratedClientTest} drives. A change to the API shows as a change to
 * that file in review: after changing annotations, run this test with {@code -Dopenapi.write=true} to rewrite it.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("docs/openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void should_serve_the_checked_in_contract() throws Exception {
        JsonNode served = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().asString());
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CONTRACT, JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertEquals(JSON.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8)), served,
                "the served document differs from docs/openapi.json: rerun with -Dopenapi.write=true and review the diff");
    }

    @Test
    void should_name_every_operation_and_give_every_status_a_body_schema() throws Exception {
        JsonNode doc = JSON.readTree(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String where = op.getKey() + " " + path.getKey();
                if (!op.getValue().hasNonNull("operationId")) {
                    missing.add(where + ": operationId");
                }
                for (Map.Entry<String, JsonNode> status : op.getValue().get("responses").properties()) {
                    JsonNode content = status.getValue().path("content");
                    if (content.isEmpty() || !content.elements().next().has("schema")) {
                        missing.add(where + " " + status.getKey() + ": body schema");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(doc.at("/paths/~1api~1ask~1stream/post/responses/200/content").has("text/event-stream"));
        for (JsonNode p : doc.at("/paths/~1api~1search/get/parameters")) {
            if (p.get("name").asText().equals("k")) {
                assertEquals("integer", p.at("/schema/type").asText());
            }
        }
        assertTrue(doc.at("/components/securitySchemes/bearer/scheme").asText().equals("bearer"));
        assertEquals("/api/ask/stream", doc.at("/paths/~1api~1ask~1stream/post/responses/400/content/application~1problem+json"
                + "/examples/problem/value/instance").asText());
        assertEquals("/api/search", doc.at("/paths/~1api~1search/get/responses/400/content/application~1problem+json"
                + "/examples/problem/value/instance").asText());
    }
}
