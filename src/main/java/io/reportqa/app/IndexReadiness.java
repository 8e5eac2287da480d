package io.reportqa.app;

import jakarta.enterprise.context.ApplicationScoped;
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

    void markReady(int passages) {
        state = "ready: " + passages + " passages";
        ready = true;
    }

    void markFailed(String reason) {
        state = "failed: " + reason;
        ready = false;
    }

    public boolean isReady() {
        return ready;
    }

    HealthCheckResponse health() {
        return HealthCheckResponse.named(NAME).status(ready).withData("state", state).build();
    }
}
