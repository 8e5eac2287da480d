package io.reportqa.solr;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.reportqa.library.Library;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service with {@code reportqa.backend=solr}: at start-up it creates the collection on an empty cluster, fills
 * it from the (fixture) corpus, and answers over HTTP from SolrCloud. No embedded index is built.
 */
@QuarkusTest
@TestProfile(SolrServiceTest.OnSolr.class)
class SolrServiceTest {

    private static final Path DATA = Path.of("target/test-data/on-solr");

    public static class OnSolr implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reportqa.data-dir", DATA.toString());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SolrClusterResource.class));
        }
    }

    @Inject
    SolrBackend solr;
    @Inject
    Library library;

    @Test
    void should_answer_from_the_collection_it_created_and_filled_without_an_embedded_index() {
        JsonPath r = given().contentType(ContentType.JSON).body(Map.of("question", "白河区2022年地区生产总值是多少?"))
                .when().post("/api/ask")
                .then().statusCode(200).extract().jsonPath();

        assertTrue(r.getBoolean("answerable"));
        assertTrue(r.getString("answer").contains("地区生产总值完成356.2亿元"), r.getString("answer"));
        assertEquals("baihe-2023", r.getString("citations[0].reportId"));
        assertEquals(library.current().corpus().passages().size(), solr.store().count());
        // The data folder may hold the extracted model; it must hold no embedded index.
        assertFalse(Files.exists(DATA.resolve("CURRENT")), "the embedded index was built although the backend is SolrCloud");
    }
}
