package io.reportqa.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the one shape every error response has.
 *
 * @param type a stable URN naming the kind of problem
 * @param title short, in Chinese and English
 * @param detail what was wrong with this request, in words a client developer can act on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(required = true, example = "urn:reportqa:problem:invalid-request") String type,
        @Schema(required = true, example = "请求无效 / Invalid request") String title,
        @Schema(required = true, example = "400") int status,
        @Schema(required = true) String detail,
        @Schema(description = "请求的路径 / the request's path", example = "/api/ask") String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
