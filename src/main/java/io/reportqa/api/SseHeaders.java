package io.reportqa.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * {@code Cache-Control: no-cache} on every Server-Sent Events response, set as its headers go out whichever
 * resource wrote it: a proxy or browser cache must never replay one answer's stream for another request.
 */
@Singleton
public class SseHeaders {

    void install(@Observes Router router) {
        router.route().order(-1090).handler(this::mark);
    }

    private void mark(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> {
            String type = ctx.response().headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.startsWith("text/event-stream")) {
                ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
        });
        ctx.next();
    }
}
