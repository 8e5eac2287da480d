package io.reportqa.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.reportqa.config.ReportQaConfig;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Refuses to serve a configuration that must not reach users: with {@code reportqa.api-keys-required=true} (set by
 * the {@code production} profile) and no {@code reportqa.api-keys}, anyone could add and delete reports, so the
 * service stops at once with one message saying what to set.
 */
@Singleton
public class StartChecks {

    private static final Logger LOG = Logger.getLogger(StartChecks.class);

    @Inject
    ReportQaConfig config;

    void onStart(@Observes StartupEvent event) {
        boolean noKeys = config.apiKeys().map(k -> k.stream().allMatch(String::isBlank)).orElse(true);
        if (config.apiKeysRequired() && noKeys) {
            LOG.error("reportqa.api-keys-required=true but no reportqa.api-keys are set: set REPORTQA_API_KEYS "
                    + "(comma-separated keys) or run without the production profile; stopping");
            Quarkus.asyncExit(2);
        }
    }
}
