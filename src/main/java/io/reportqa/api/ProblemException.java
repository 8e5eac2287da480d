package io.reportqa.api;

/** A request the service refuses, with the problem response it gets. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final String param;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null);
    }

    /** @param param the request field at fault, reported as {@code param} in {@code /v1}'s OpenAI errors */
    public ProblemException(int status, String slug, String title, String detail, String param) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.param = param;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "invalid-request", "请求无效 / Invalid request", detail);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The request field at fault, or null. */
    public String param() {
        return param;
    }
}
