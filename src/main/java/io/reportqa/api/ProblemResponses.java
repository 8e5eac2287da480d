package io.reportqa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** Ends a request at the HTTP layer (before any resource) with a problem document. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void send(RoutingContext ctx, ObjectMapper json, Problem p) {
        try {
            ctx.response().setStatusCode(p.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(p));
        } catch (JsonProcessingException e) {
            ctx.fail(p.status(), e);
        }
    }
}
