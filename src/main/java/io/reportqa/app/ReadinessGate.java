package io.reportqa.app;

import io.reportqa.api.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * While the index is being built, API requests get 503 with a problem body and {@code Retry-After}, rather than
 * hanging until it is done. Health endpoints are not JAX-RS resources and are never gated.
 */
public class ReadinessGate {

    static final String RETRY_AFTER_SECONDS = "5";

    private final IndexReadiness readiness;

    @Inject
    public ReadinessGate(IndexReadiness readiness) {
        this.readiness = readiness;
    }

    @ServerRequestFilter(preMatching = true)
    public Response whileIndexing(UriInfo uri) {
        return check(uri.getPath());
    }

    /** Null (go on) when ready; otherwise the 503 to send for {@code path}. */
    Response check(String path) {
        if (readiness.isReady()) {
            return null;
        }
        Problem body = new Problem("urn:reportqa:problem:not-ready", "服务正在建立索引 / Index not ready", 503,
                "索引尚未就绪，请稍后重试 / The index is being built or opened; retry shortly", path);
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS).entity(body)
                .build();
    }
}
