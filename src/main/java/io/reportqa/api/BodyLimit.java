package io.reportqa.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportqa.config.ReportQaConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Holds every request body to its limit ({@code reportqa.limits.max-upload-bytes} for report uploads,
 * {@code reportqa.limits.max-body-bytes} for everything else) and answers a 413 problem document otherwise,
 * whatever the transfer encoding. A declared {@code Content-Length} over the limit is refused before anything is
 * read. A body of undeclared length (chunked, or HTTP/2 without a length) is counted as it arrives: at most the
 * limit is ever held, the request is refused the moment the count passes it and its connection closed; a body
 * within the limit is kept for the resource, which reads it from memory. ({@code quarkus.http.limits.max-body-size}
 * stays as the HTTP layer's own cap, which answers without a problem document.)
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
        HttpServerRequest request = ctx.request();
        boolean upload = request.method() == HttpMethod.POST && "/api/reports".equals(request.path());
        long max = upload ? maxUpload : maxBody;
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (tooLarge(declared, max)) {
                refuse(ctx, max, false);
            } else {
                ctx.next();
            }
            return;
        }
        boolean undeclared = request.version() == HttpVersion.HTTP_2
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (!undeclared || request.isEnded()) {
            ctx.next();
            return;
        }
        count(ctx, max);
    }

    /** Reads a body of undeclared length, never holding more than {@code max} bytes of it. */
    private void count(RoutingContext ctx, long max) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > max) {
                refused[0] = true;
                request.pause();
                refuse(ctx, max, true);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(e -> refused[0] = true);
        request.endHandler(done -> {
            if (!refused[0]) {
                ((RoutingContextInternal) ctx).setBody(body);
                ctx.next();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))
                && request.version() != HttpVersion.HTTP_1_0) {
            ctx.response().writeContinue();
        }
        request.resume();
    }

    /**
     * @param hangUp close the connection once the answer is out: a counted body stops being read, so the
     *     connection cannot carry another request (a declared one is left to the HTTP layer, which closes after
     *     {@code Connection: close} once the client has sent what it declared)
     */
    private void refuse(RoutingContext ctx, long max, boolean hangUp) {
        Problem p = new Problem("urn:reportqa:problem:body-too-large", "请求体过大 / Payload too large", 413,
                "请求体超过 " + max / 1024 + " KB / the body is larger than " + max / 1024 + " KB",
                RequestPaths.forLog(ctx.request().path()));
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            if (hangUp) {
                ctx.response().endHandler(v -> ctx.request().connection().close());
            }
        }
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
