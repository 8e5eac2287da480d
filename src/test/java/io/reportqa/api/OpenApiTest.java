package io.reportqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The API describes itself, with Chinese examples and documented errors, and its browser is served locally. */
@QuarkusTest
class OpenApiTest {

    @Test
    void should_document_every_endpoint_with_examples_and_errors() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/ask"))
                .body("paths", hasKey("/api/ask/stream"))
                .body("paths", hasKey("/api/search"))
                .body("paths", hasKey("/api/reports"))
                .body("paths", hasKey("/api/reports/{id}"))
                .body("paths", hasKey("/api/eval"))
                .body("paths.'/api/ask'.post.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/ask'.post.requestBody.content.'application/json'.examples.'事实'.value.question",
                        containsString("咸阳"));
    }

    @Test
    void should_serve_swagger_ui_without_the_internet() {
        String page = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(page.matches("(?s).*src=\"https?://.*"),
                "no script is loaded from another host");
    }
}
