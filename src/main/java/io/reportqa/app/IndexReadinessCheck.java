package io.reportqa.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready}: DOWN until the index is usable. There is no liveness check of ours, so
 * {@code /q/health/live} is UP whenever the process serves HTTP, indexing or not.
 */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

    private final IndexReadiness readiness;

    @Inject
    public IndexReadinessCheck(IndexReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public HealthCheckResponse call() {
        return readiness.health();
    }
}
