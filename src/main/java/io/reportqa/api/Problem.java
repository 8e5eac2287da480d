package io.reportqa.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail: the one shape every error response has.
 *
 * @param type a stable URN naming the kind of problem
 * @param title short, in Chinese and English
 * @param detail what was wrong with this request, in words a client developer can act on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
