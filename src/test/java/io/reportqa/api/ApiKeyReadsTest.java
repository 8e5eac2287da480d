package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys required for reads too; the API document and the page stay open. */
@QuarkusTest
@TestProfile(ApiKeyReadsTest.ReadsProtected.class)
class ApiKeyReadsTest {

    public static class ReadsProtected implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reportqa.api-keys", "k-one", "reportqa.api-keys-for-reads", "true");
        }
    }

    @Test
    void should_require_a_key_for_every_api_read() {
        given().contentType("application/json").body(Map.of("question", "白河区新增市场主体多少户?"))
                .when().post("/api/ask").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().when().get("/api/reports").then().statusCode(401);
        given().when().get("/v1/models").then().statusCode(401);
        given().header("Authorization", "Bearer k-one").when().get("/api/reports").then().statusCode(200);
    }

    @Test
    void should_leave_the_api_document_open() {
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
