package io.reportqa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.reportqa.api.openai.OpenAiError;
import io.reportqa.library.UploadLimitException;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a problem response. Messages name the offending field, never a Java class, and
 * unexpected errors are logged here and reported without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), e.param(), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String detail = "请求体不是有效的 JSON / The body is not valid JSON";
        String field = null;
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("");
            String kind = e instanceof InvalidFormatException ? "has a value of the wrong type" : "has the wrong type";
            detail = "字段 " + field + " 类型错误 / Field '" + field + "' " + kind;
        }
        return respond(400, "malformed-json", "请求体无效 / Malformed request body", detail, field, uri);
    }

    /** Declared separately because a mapper for this exact type would otherwise win over {@link #json}. */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        String title = switch (status) {
            case 404 -> "未找到 / Not found";
            case 405 -> "方法不允许 / Method not allowed";
            case 406 -> "无法提供该格式 / Not acceptable";
            case 415 -> "不支持的媒体类型 / Unsupported media type";
            default -> status >= 500 ? "服务器错误 / Server error" : "请求无效 / Invalid request";
        };
        String detail = status == 415 ? "请以 application/json 发送请求体 / Send the body as application/json"
                : status == 404 ? "没有这个地址 / No such resource" : title;
        return respond(status, "http-" + status, title, detail, uri);
    }

    /** An upload over a per-upload limit (paragraphs): 413, naming the setting and both numbers. */
    @ServerExceptionMapper
    public Response uploadLimit(UploadLimitException e, UriInfo uri) {
        return respond(413, "upload-too-large", "上传内容过多 / Upload too large", e.getMessage(), uri);
    }

    /**
     * A body that could not be read: a multipart form cut short is the client's fault (400), and so is a client
     * that hung up while sending (nobody hears the answer; logged without a stack trace). Other I/O failures are
     * the service's own and stay 500s.
     */
    @ServerExceptionMapper
    public Response unreadable(IOException e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException) {
                LOG.infof("the client closed the connection before its request to %s was read", uri.getPath());
                return respond(400, "body-incomplete", "请求体不完整 / Incomplete body",
                        "连接在请求体读完前已关闭 / the connection closed before the body was read", uri);
            }
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("multipart")) {
            return respond(400, "malformed-multipart", "表单无效 / Malformed multipart body",
                    "multipart 请求体不完整或格式错误 / the multipart body is cut short or malformed", uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("unexpected error on " + uri.getPath(), e);
        return respond(500, "internal-error", "服务器内部错误 / Internal error",
                "请求未能完成，请稍后重试 / The request could not be completed", uri);
    }

    private static Response respond(int status, String slug, String title, String detail, UriInfo uri) {
        return respond(status, slug, title, detail, null, uri);
    }

    /** A problem; under {@code /v1}, the same error in OpenAI's shape, which its clients read. */
    private static Response respond(int status, String slug, String title, String detail, String param, UriInfo uri) {
        if (OpenAiError.appliesTo(uri.getPath())) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(OpenAiError.of(status, slug, detail, param)).build();
        }
        Problem body = new Problem("urn:reportqa:problem:" + slug, title, status, detail, uri.getPath());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
