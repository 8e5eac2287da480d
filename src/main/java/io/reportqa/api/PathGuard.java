package io.reportqa.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses, with a 400 problem document and before any other check, a request whose path is not in normal form
 * ({@link RequestPaths#isNormal}: {@code //api/…}, {@code /api/./…}, {@code /api/x/../…}, {@code /api/%72…},
 * matrix parameters). Routing would serve such a path under its normalised name, so every check made on the
 * path (API keys, body limits) could be told one name while the request reached another.
 */
@Singleton
public class PathGuard {

    private final ObjectMapper json;

    PathGuard(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-1050).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String path = ctx.request().path();
        if (RequestPaths.isNormal(path)) {
            ctx.next();
            return;
        }
        ProblemResponses.send(ctx, json, new Problem("urn:reportqa:problem:path-not-normalized",
                "路径不规范 / Path not in normal form", 400,
                "路径不得含有 //、. 或 .. 段、; 参数或对普通字符的百分号编码 / the path must not hold empty, '.' or '..' "
                        + "segments, ';' parameters or percent-escapes of characters that need none",
                RequestPaths.forLog(path)));
    }
}
