package io.reportqa.api.openai;

import io.reportqa.api.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The last word on errors under {@code /v1}: a problem that reached the response from elsewhere (the readiness
 * gate's 503 while the index is built) goes out in OpenAI's error shape, like every other {@code /v1} error.
 */
public class OpenAiErrorFilter {

    @ServerResponseFilter
    public void openAiShape(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem p && OpenAiError.appliesTo(request.getUriInfo().getPath())) {
            response.setEntity(OpenAiError.of(p), null, MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
