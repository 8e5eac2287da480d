package io.reportqa.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportqa.config.ReportQaConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses a request whose declared body is over its limit ({@code reportqa.limits.max-upload-bytes} for report
 * uploads, {@code reportqa.limits.max-body-bytes} for everything else) with a 413 problem document before
 * anything reads it. {@code quarkus.http.limits.max-body-size} stays as the hard cap for bodies of undeclared
 * length, refused by the HTTP layer without a body.
 */
@Singleton
public class BodyLimit {

    private final long maxBody;
    private final long maxUpload;
    private final ObjectMapper json;

    BodyLimit(ReportQaConfig config, ObjectMapper json) {
        this.maxBody = config.limits().maxBodyBytes();
        this.maxUpload = config.limits().maxUploadBytes();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String declared = ctx.request().getHeader("Content-Length");
        boolean upload = ctx.request().method() == HttpMethod.POST && "/api/reports".equals(ctx.request().path());
        long max = upload ? maxUpload : maxBody;
        if (declared == null || !tooLarge(declared, max)) {
            ctx.next();
            return;
        }
        Problem p = new Problem("urn:reportqa:problem:body-too-large", "请求体过大 / Payload too large", 413,
                "请求体超过 " + max / 1024 + " KB / the body is larger than " + max / 1024 + " KB",
                ctx.request().path());
        ctx.response().putHeader("Connection", "close");
        ProblemResponses.send(ctx, json, p);
    }

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.strip()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
