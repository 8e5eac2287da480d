package io.reportqa.app;

import io.reportqa.index.VectorBackfill;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the index can answer questions: not while it is being built or opened, nor for good if that failed.
 * Read by the readiness check and the API gate.
 */
@ApplicationScoped
public class IndexReadiness {

    static final String NAME = "index";

    private volatile String state = "opening";
    private volatile boolean ready;
    private volatile Supplier<VectorBackfill.Progress> vectors = () -> new VectorBackfill.Progress(0, 0);

    void markReady(int passages) {
        state = "ready: " + passages + " passages";
        ready = true;
    }

    /** Ready, with passages indexed by their words whose vectors {@code vectors} reports on as they arrive. */
    void markReady(int passages, Supplier<VectorBackfill.Progress> vectors) {
        this.vectors = vectors;
        markReady(passages);
    }

    void markFailed(String reason) {
        state = "failed: " + reason;
        ready = false;
    }

    public boolean isReady() {
        return ready;
    }

    HealthCheckResponse health() {
        var health = HealthCheckResponse.named(NAME).status(ready).withData("state", state);
        if (ready) {
            // Searchable either way; until this reaches 0, answers about the waiting passages find them by their
            // words only. Clients that need the finished index (benchmarks, tests) wait for it.
            health.withData("vectorsWaiting", vectors.get().waiting());
        }
        return health.build();
    }
}
