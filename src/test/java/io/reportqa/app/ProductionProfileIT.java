package io.reportqa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged service in the {@code production} profile: it will not start with writes open to anyone. */
class ProductionProfileIT {

    private static final Path CORPUS = Path.of("src/test/resources/fixture-corpus");

    @TempDir
    Path work;

    @Test
    void should_refuse_to_start_without_api_keys() throws Exception {
        Path log = work.resolve("service.log");
        try (ServiceProcess s = ServiceProcess.start(CORPUS, work.resolve("data"), log,
                "-Dquarkus.profile=production")) {
            Integer code = s.awaitExit(Duration.ofMinutes(2));
            assertNotNull(code, "the service kept running without keys:\n" + s.log());
            assertEquals(2, code, s.log());
            assertTrue(s.log().contains("reportqa.api-keys-required=true but no reportqa.api-keys are set"), s.log());
        }
    }

    @Test
    void should_serve_with_keys_and_refuse_writes_without_one() throws Exception {
        try (ServiceProcess s = ServiceProcess.start(CORPUS, work.resolve("data"), work.resolve("service.log"),
                "-Dquarkus.profile=production", "-Dreportqa.api-keys=a-long-secret-key")) {
            assertTrue(s.awaitReady(Duration.ofMinutes(4)), s.log());
            byte[] songxi = Files.readAllBytes(Path.of("src/test/resources/uploads/songxi-2023.txt"));
            assertEquals(401, s.upload("songxi.txt", songxi).get(1, TimeUnit.MINUTES).statusCode());
            assertEquals(200, s.status("/api/reports"));
        }
    }
}
