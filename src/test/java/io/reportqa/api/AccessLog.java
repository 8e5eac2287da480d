package io.reportqa.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The test run's JSON log ({@code target/quarkus-test.log}), read the way an operator's collector would. */
final class AccessLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILE = Path.of("target/quarkus-test.log");

    private AccessLog() {
    }

    /** The access line of the request with this id, waiting up to two seconds for it to be written. */
    static Optional<String> line(String requestId) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                JsonNode entry = JSON.readTree(line);
                if (entry.path("loggerName").asText().equals("io.reportqa.access")
                        && entry.path("mdc").path("requestId").asText().equals(requestId)) {
                    return Optional.of(entry.path("message").asText());
                }
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }
}
