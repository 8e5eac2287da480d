package io.reportqa.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The health endpoints of the running service, once the fixture index is open. */
@QuarkusTest
class HealthEndpointsTest {

    @Test
    void should_be_ready_once_the_index_is_there() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("index"))
                .body("checks[0].data.state", startsWith("ready: "));
    }

    @Test
    void should_be_live() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
