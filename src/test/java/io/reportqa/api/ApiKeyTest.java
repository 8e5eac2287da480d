package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With keys configured, evaluation needs one; questions stay open. */
@QuarkusTest
@TestProfile(ApiKeyTest.WithKeys.class)
class ApiKeyTest {

    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reportqa.api-keys", "k-one,k-two");
        }
    }

    private static final String ONE_QUESTION =
            "{\"id\":\"f1\",\"question\":\"白河区新增市场主体多少户?\",\"answer_keys\":[[\"4800户\"]],\"evidence\":[\"新增市场主体4800户\"]}";

    @Test
    void should_refuse_evaluation_without_a_valid_key_and_never_echo_it() {
        given().contentType("text/plain; charset=UTF-8").body(ONE_QUESTION)
                .when().post("/api/eval").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong-key").contentType("text/plain; charset=UTF-8").body(ONE_QUESTION)
                .when().post("/api/eval").then().statusCode(401).body("detail", not(containsString("wrong-key")));
    }

    @Test
    void should_accept_any_configured_key() {
        given().header("Authorization", "Bearer k-two").contentType("text/plain; charset=UTF-8").body(ONE_QUESTION)
                .when().post("/api/eval").then().statusCode(200).body("summary.answer_acc", is(1.0f));
    }

    @Test
    void should_keep_questions_open() {
        given().contentType("application/json").body(Map.of("question", "白河区新增市场主体多少户?"))
                .when().post("/api/ask").then().statusCode(200).body("answerable", is(true));
    }

    @Test
    void should_keep_questions_health_and_the_api_document_open_unless_reads_are_protected() {
        given().contentType("application/json").body(Map.of("question", "白河区新增市场主体多少户?"))
                .when().post("/api/ask").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
