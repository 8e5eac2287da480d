package io.reportqa.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportqa.config.ReportQaConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;

/**
 * Optional API keys ({@code reportqa.api-keys}). When none are configured every request passes. Otherwise
 * requests that change or load the service (adding and deleting reports, evaluation runs) need
 * {@code Authorization: Bearer <key>}, and so do all API reads when {@code reportqa.api-keys-for-reads} is on;
 * the web page, health and metrics stay open. Keys are compared as SHA-256 digests in constant time, and are
 * never logged or echoed. The check compares the canonical path (see {@link RequestPaths}), and runs after
 * {@link PathGuard} has refused paths that routing would serve under another name.
 */
@Singleton
public class ApiKeys {

    private static final String BEARER = "Bearer ";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
            HttpMethod.PATCH);

    private final List<byte[]> keys;
    private final boolean reads;
    private final ObjectMapper json;

    ApiKeys(ReportQaConfig config, ObjectMapper json) {
        this.keys = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(ApiKeys::digest).toList();
        this.reads = config.apiKeysForReads();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-900).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (keys.isEmpty() || !protectedRequest(ctx.request().method(), RequestPaths.canonical(ctx.request().path()))
                || accepted(ctx.request().getHeader("Authorization"))) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        ProblemResponses.send(ctx, json, new Problem("urn:reportqa:problem:unauthorized",
                "需要 API 密钥 / API key required", 401,
                "请在 Authorization 头中提供有效的 Bearer 密钥 / Send a valid 'Authorization: Bearer <key>' header",
                RequestPaths.forLog(ctx.request().path())));
    }

    /** @param path the request's {@link RequestPaths#canonical} path, so that no spelling of it slips through */
    boolean protectedRequest(HttpMethod method, String path) {
        if (path == null) {
            return true;
        }
        boolean write = path.startsWith("/api/eval")
                || path.startsWith("/api/reports") && WRITES.contains(method);
        boolean read = path.startsWith("/api/") || path.startsWith("/v1/");
        return write || reads && read;
    }

    private boolean accepted(String authorization) {
        byte[] given = digest(authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).strip() : "");
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, given);
        }
        return match;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
