package io.reportqa.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a plain token, a new one otherwise),
 * returns it in the response, puts it in the logging context so every log line of the request carries it, and
 * logs one line per API request: method, path, status, duration. A request counts as an API request by where it
 * routes to ({@link RequestPaths#isApi}), so {@code //api/…} and its kind are logged too, with their raw path
 * (control characters escaped). Bodies, query strings and headers are never logged (they may hold questions or
 * keys).
 */
@Singleton
public class RequestLog {

    static final String HEADER = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger("io.reportqa.access");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(-1100).handler(this::start);
    }

    private void start(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        long t0 = System.nanoTime();
        MDC.put("requestId", id);
        ctx.response().putHeader(HEADER, id);
        String path = RequestPaths.forLog(ctx.request().path());
        if (RequestPaths.isApi(ctx.request().path())) {
            String method = ctx.request().method().name();
            ctx.addEndHandler(done -> {
                MDC.put("requestId", id);
                LOG.infof("%s %s %d %.1f ms", method, path, ctx.response().getStatusCode(),
                        (System.nanoTime() - t0) / 1e6);
            });
        }
        ctx.next();
    }
}
