package io.reportqa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.api.Problem;
import io.reportqa.index.VectorBackfill;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness and the API gate before, after and instead of a usable index, without booting the service. */
class IndexReadinessTest {

    private final IndexReadiness readiness = new IndexReadiness();
    private final IndexReadinessCheck check = new IndexReadinessCheck(readiness);
    private final ReadinessGate gate = new ReadinessGate(readiness);

    @Test
    void should_report_down_and_refuse_api_requests_until_the_index_is_usable() {
        HealthCheckResponse before = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, before.getStatus());
        assertEquals("opening", before.getData().orElseThrow().get("state"));

        Response refused = gate.check("/api/ask");
        assertEquals(503, refused.getStatus());
        assertEquals(Problem.MEDIA_TYPE, refused.getMediaType().toString());
        assertEquals("5", refused.getHeaderString("Retry-After"));
        assertEquals("/api/ask", ((Problem) refused.getEntity()).instance());
    }

    @Test
    void should_report_up_and_let_requests_through_once_ready() {
        readiness.markReady(42);
        HealthCheckResponse after = check.call();
        assertEquals(HealthCheckResponse.Status.UP, after.getStatus());
        assertEquals("ready: 42 passages", after.getData().orElseThrow().get("state"));
        assertNull(gate.check("/api/ask"));
    }

    @Test
    void should_be_up_while_vectors_are_filled_in_and_say_how_many_wait() {
        AtomicInteger waiting = new AtomicInteger(700);
        readiness.markReady(1308, () -> new VectorBackfill.Progress(waiting.get(), 1308));
        HealthCheckResponse filling = check.call();
        assertEquals(HealthCheckResponse.Status.UP, filling.getStatus());
        assertEquals(700L, filling.getData().orElseThrow().get("vectorsWaiting"));
        assertNull(gate.check("/api/ask"), "answerable by words meanwhile");

        waiting.set(0);
        assertEquals(0L, check.call().getData().orElseThrow().get("vectorsWaiting"));
    }

    @Test
    void should_stay_down_with_the_reason_when_the_index_failed() {
        readiness.markFailed("disk full");
        HealthCheckResponse failed = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, failed.getStatus());
        assertTrue(failed.getData().orElseThrow().get("state").toString().contains("disk full"));
    }
}
