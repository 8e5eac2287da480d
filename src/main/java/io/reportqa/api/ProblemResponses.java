package io.reportqa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportqa.api.openai.OpenAiError;
import io.vertx.ext.web.RoutingContext;

/** Ends a request at the HTTP layer (before any resource) with a problem document. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * Sends {@code p}; under {@code /v1}, in OpenAI's error shape, which its clients read. A path not in normal form
     * gets a problem whatever it starts with: it is refused before it belongs to either API.
     */
    static void send(RoutingContext ctx, ObjectMapper json, Problem p) {
        String path = ctx.request().path();
        boolean openAi = RequestPaths.isNormal(path) && OpenAiError.appliesTo(path);
        try {
            ctx.response().setStatusCode(p.status())
                    .putHeader("Content-Type", openAi ? "application/json" : Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(openAi ? OpenAiError.of(p) : p));
        } catch (JsonProcessingException e) {
            ctx.fail(p.status(), e);
        }
    }
}
