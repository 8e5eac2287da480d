package io.reportqa.api;

import io.reportqa.ingest.DocumentFormat;
import io.reportqa.ingest.DocumentText;
import io.reportqa.library.Library;
import io.reportqa.library.LibraryException;
import io.reportqa.model.Report;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The reports: list, read, add ({@code POST}, a file in text, Markdown, HTML or PDF) and remove
 * ({@code DELETE}). Adding and removing need an API key when keys are configured.
 */
@Path("/api/reports")
@Tag(name = "报告 Reports", description = "报告元数据与结构化全文；上传与删除报告")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private static final String UPLOAD_TYPES = "text/plain, text/markdown, text/html, application/pdf";

    private final Library library;
    private final RequestLimits limits;

    ReportsResource(Library library, RequestLimits limits) {
        this.library = library;
        this.limits = limits;
    }

    @GET
    @Operation(summary = "报告列表及元数据（地点、级别、日期、报告人）")
    public Map<String, List<ReportViews.Summary>> list() {
        return Map.of("reports", library.current().corpus().reports().stream().map(ReportViews::summary).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一份报告的全文，按部分、章节、段落组织（段落带 id 与原文偏移）")
    @APIResponse(responseCode = "404", description = "没有这份报告",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "报告 id 格式无效",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportViews.Detail get(@PathParam("id") String id) {
        return ReportViews.detail(library.current().corpus().report(limits.reportId(id)).orElseThrow());
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "上传报告（multipart 字段 file；.txt/.md/.html/.pdf），解析、向量化并加入索引后返回",
            description = "一个文件可含多份报告（如汇编）。已存在的报告 id 返回 409；找不到报告标题返回 422。配置了 API 密钥时需 Authorization: Bearer。")
    @APIResponse(responseCode = "201", description = "已加入的报告")
    @APIResponse(responseCode = "409", description = "报告已存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "不支持的文件类型",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "文件中找不到报告",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest("缺少 file 字段 / the multipart field 'file' is missing");
        }
        try {
            return add(file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Blocking
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML, "application/pdf"})
    @Operation(summary = "上传报告（请求体即文件，类型由 Content-Type 或 ?name= 的扩展名决定）")
    public Response uploadBody(@QueryParam("name") String name, @HeaderParam("Content-Type") String type, byte[] body) {
        return add(name, type, body == null ? new byte[0] : body);
    }

    @DELETE
    @Path("/{id}")
    @Blocking
    @Operation(summary = "删除报告：不再检索与回答，立即生效")
    @APIResponse(responseCode = "404", description = "没有这份报告",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> delete(@PathParam("id") String id) {
        Report r = library.remove(limits.reportId(id));
        return Map.of("deleted", ReportViews.summary(r));
    }

    private Response add(String name, String type, byte[] bytes) {
        DocumentFormat format = DocumentFormat.of(name, type).orElseThrow(() -> new ProblemException(415,
                "unsupported-media-type", "不支持的文件类型 / Unsupported file type",
                "支持 " + UPLOAD_TYPES + "（.txt .md .html .pdf） / supported: " + UPLOAD_TYPES));
        limits.upload(bytes.length);
        String text;
        try {
            text = DocumentText.of(bytes, format);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("无法读取文件 / " + e.getMessage());
        }
        try {
            List<Report> added = library.add(stem(name), text);
            return Response.status(201).entity(Map.of("reports", added.stream().map(ReportViews::summary).toList()))
                    .header("Location", "/api/reports/" + added.get(0).id()).build();
        } catch (LibraryException e) {
            throw switch (e.kind()) {
                case DUPLICATE -> new ProblemException(409, "duplicate-report", "报告已存在 / Report exists", e.getMessage());
                case NO_REPORT -> new ProblemException(422, "no-report", "文件中找不到报告 / No report found", e.getMessage());
                case UNKNOWN -> new ProblemException(404, "unknown-report", "报告不存在 / Unknown report", e.getMessage());
            };
        }
    }

    private static String stem(String name) {
        if (name == null || name.isBlank()) {
            return "report";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
