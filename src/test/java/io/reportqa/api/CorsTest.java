package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** CORS is closed by default: a page from another origin gets no permission to read answers. */
@QuarkusTest
class CorsTest {

    @Test
    void should_not_allow_other_origins_by_default() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/ask").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").when().get("/api/reports")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
