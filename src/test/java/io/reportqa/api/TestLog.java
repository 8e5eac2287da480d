package io.reportqa.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/** The test run's structured log ({@code target/quarkus-test.log}, one JSON object a line), counted. */
public final class TestLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILE = Path.of("target/quarkus-test.log");

    private TestLog() {
    }

    public static long count(Predicate<JsonNode> entry) {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().map(TestLog::parse).filter(entry).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long errors() {
        return count(e -> e.path("level").asText().equals("ERROR"));
    }

    /** Lines of {@code level} from the logger named {@code logger} whose message contains {@code text}. */
    public static long lines(String level, String logger, String text) {
        return count(e -> e.path("level").asText().equals(level) && e.path("loggerName").asText().equals(logger)
                && e.path("message").asText().contains(text));
    }

    /** Waits up to 5 s for {@code lines(level, logger, text)} to reach {@code atLeast}. */
    public static long await(String level, String logger, String text, long atLeast) throws InterruptedException {
        long n = lines(level, logger, text);
        for (int i = 0; i < 50 && n < atLeast; i++) {
            Thread.sleep(100);
            n = lines(level, logger, text);
        }
        return n;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
