package io.reportqa.api.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.reportqa.api.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * OpenAI's error body, which its SDKs read to raise a typed error with {@code code} and {@code param}: every
 * error under {@code /v1} has this shape, where {@code /api} answers with an RFC 9457 problem. The message is the
 * problem's detail; {@code code} is the problem's slug in OpenAI's spelling ({@code model_not_found},
 * {@code unsupported_parameter}, {@code body_too_large}…), except {@code invalid_api_key} for a missing key.
 */
@Schema(name = "OpenAiError", description = "OpenAI 格式的错误 / OpenAI's error shape",
        example = "{\"error\": {\"message\": \"模型 gpt-4o 不存在 / The model 'gpt-4o' does not exist\", "
                + "\"type\": \"invalid_request_error\", \"param\": \"model\", \"code\": \"model_not_found\"}}")
public record OpenAiError(@Schema(required = true) Detail error) {

    /** The error itself; {@code param} names the request field at fault, when one is. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "OpenAiErrorDetail")
    public record Detail(@Schema(required = true) String message,
            @Schema(required = true, description = "invalid_request_error、authentication_error 或 server_error")
            String type,
            @Schema(required = true, nullable = true) String param,
            @Schema(required = true, nullable = true) String code) {
    }

    /** @param slug the problem's kind, as in {@code urn:reportqa:problem:<slug>} */
    public static OpenAiError of(int status, String slug, String message, String param) {
        String type = status == 401 ? "authentication_error" : status >= 500 ? "server_error" : "invalid_request_error";
        String code = "unauthorized".equals(slug) ? "invalid_api_key" : slug.replace('-', '_');
        return new OpenAiError(new Detail(message, type, param, code));
    }

    public static OpenAiError of(Problem p) {
        String type = p.type() == null ? "" : p.type();
        String slug = type.substring(type.lastIndexOf(':') + 1);
        return of(p.status(), slug.isEmpty() ? "http-" + p.status() : slug, p.detail(), null);
    }

    /** Whether a request to {@code path} is answered in OpenAI's shape rather than as a problem. */
    public static boolean appliesTo(String path) {
        return path != null && (path.equals("/v1") || path.startsWith("/v1/"));
    }
}
