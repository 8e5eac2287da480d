package io.reportqa.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is over {@code quarkus.http.limits.max-body-size} with a 413 problem
 * document before anything reads it (the HTTP layer's own refusal has no body).
 */
@Singleton
public class BodyLimit {

    private final long max;
    private final ObjectMapper json;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ObjectMapper json) {
        this.max = max.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String declared = ctx.request().getHeader("Content-Length");
        if (declared == null || !tooLarge(declared)) {
            ctx.next();
            return;
        }
        Problem p = new Problem("urn:reportqa:problem:body-too-large", "请求体过大 / Payload too large", 413,
                "请求体超过 " + max / 1024 + " KB / the body is larger than " + max / 1024 + " KB",
                ctx.request().path());
        ctx.response().putHeader("Connection", "close");
        ProblemResponses.send(ctx, json, p);
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.strip()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
