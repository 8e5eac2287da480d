package io.reportqa.api;

import io.reportqa.ingest.DocumentFormat;
import io.reportqa.library.Library;
import io.reportqa.library.ReportUploads;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.model.Report;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerResponse;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The reports: list, read, add ({@code POST}, one or several files in text, Markdown, HTML, PDF or .docx) and remove
 * ({@code DELETE}). Adding and removing need an API key when keys are configured.
 */
@Path("/api/reports")
@Tag(name = "报告 Reports", description = "报告元数据与结构化全文；上传与删除报告")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    /** Most files in one multipart request; each is still held to the upload size limit. */
    static final int MAX_FILES = 100;

    private final Library library;
    private final RequestLimits limits;
    private final ReportUploads uploads;

    ReportsResource(Library library, RequestLimits limits, ReportQaConfig config) {
        this.library = library;
        this.limits = limits;
        this.uploads = new ReportUploads(library, config.limits().maxUploadBytes(),
                config.limits().parseLimits());
    }

    @GET
    @Operation(operationId = "listReports", summary = "报告列表及元数据（地点、级别、日期、报告人）")
    @APIResponse(responseCode = "200", description = "全部报告",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.ReportList.class)))
    public ReportViews.ReportList list() {
        return new ReportViews.ReportList(library.current().corpus().reports().stream().map(ReportViews::summary).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "一份报告的全文，按部分、章节、段落组织（段落带 id 与原文偏移）")
    @APIResponse(responseCode = "200", description = "报告全文",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.Detail.class)))
    @APIResponse(responseCode = "404", description = "没有这份报告",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "报告 id 格式无效",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportViews.Detail get(@PathParam("id") @Parameter(description = "报告 id", example = "xianyang-2022",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]{0,63}$")) String id) {
        return ReportViews.detail(library.current().corpus().report(limits.reportId(id)).orElseThrow());
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadReports", summary = "上传报告（multipart 的 file 字段，一个或多个文件；.txt/.md/.html/.pdf/.docx；"
            + "或请求体即文件，类型由 Content-Type 或 ?name= 的扩展名决定），解析、向量化并加入索引后返回",
            description = "一个文件可含多份报告（如汇编）。只传一个文件时：成功 201，已存在的报告 409，找不到报告或没有正文 422，"
                    + "不支持的类型 415，过大 413。传多个文件时：200，results 逐个给出每个文件的结果（status 与上面相同，失败的附 problem），"
                    + "reports 为全部新加入的报告；所有成功的文件一次提交。配置了 API 密钥时需 Authorization: Bearer。")
    @RequestBody(required = true, description = "multipart 的 file 字段（可重复），或请求体即文件：text/plain、text/markdown、"
            + "text/html、application/pdf、.docx 的类型，文件名由 ?name= 给出", content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "已加入的报告（单个文件）", headers = @Header(name = "Location",
            description = "第一份报告的地址", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.ReportList.class)))
    @APIResponse(responseCode = "200", description = "多个文件：每个文件的结果",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.UploadResults.class)))
    @APIResponse(responseCode = "400", description = "缺少 file 字段、文件过多或表单不完整", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "文件过大或段落过多", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "报告已存在",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "不支持的文件类型",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "文件中找不到报告，或报告没有可引用的正文",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@RestForm(FileUpload.ALL) List<FileUpload> files, HttpServerResponse response) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.badRequest("缺少 file 字段 / the multipart field 'file' is missing");
        }
        if (files.size() > MAX_FILES) {
            throw ProblemException.badRequest("一次最多上传 " + MAX_FILES + " 个文件 / at most " + MAX_FILES
                    + " files in one request");
        }
        List<ReportUploads.File> received = new ArrayList<>();
        for (FileUpload f : files) {
            received.add(new ReportUploads.File(f.fileName(), f.contentType(), read(f)));
        }
        List<ReportUploads.Result> results = uploads.addAll(received, () -> !response.closed());
        if (received.size() == 1) {
            return single(results.get(0));
        }
        List<ReportViews.FileResult> perFile = results.stream().map(ReportsResource::perFile).toList();
        List<ReportViews.Summary> added = results.stream().flatMap(r -> r.reports().stream()).map(ReportViews::summary)
                .toList();
        return Response.ok(new ReportViews.UploadResults(perFile, added)).build();
    }

    @POST
    @Blocking
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML, "application/pdf", DocumentFormat.DOCX_TYPE})
    @Operation(hidden = true)
    public Response uploadBody(@Parameter(description = "请求体即文件时的文件名（扩展名决定类型）", example = "xianyang-2022.txt")
            @QueryParam("name") String name, @HeaderParam("Content-Type") String type, byte[] body,
            HttpServerResponse response) {
        byte[] bytes = body == null ? new byte[0] : body;
        return single(uploads.addAll(List.of(new ReportUploads.File(name, type, bytes)), () -> !response.closed())
                .get(0));
    }

    @DELETE
    @Path("/{id}")
    @Blocking
    @Operation(operationId = "deleteReport", summary = "删除报告：不再检索与回答，立即生效")
    @APIResponse(responseCode = "200", description = "已删除的报告",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.Deleted.class)))
    @APIResponse(responseCode = "400", description = "报告 id 格式无效", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "没有这份报告",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportViews.Deleted delete(@PathParam("id") @Parameter(description = "报告 id", example = "xianyang-2022",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]{0,63}$")) String id) {
        Report r = library.remove(limits.reportId(id));
        return new ReportViews.Deleted(ReportViews.summary(r));
    }

    private static Response single(ReportUploads.Result r) {
        if (!r.added()) {
            throw new ProblemException(r.status(), r.type(), r.title(), r.detail());
        }
        return Response.status(201).entity(Map.of("reports", r.reports().stream().map(ReportViews::summary).toList()))
                .header("Location", "/api/reports/" + r.reports().get(0).id()).build();
    }

    private static ReportViews.FileResult perFile(ReportUploads.Result r) {
        Map<String, Object> problem = r.added() ? null : Map.of("type", "urn:reportqa:problem:" + r.type(),
                "title", r.title(), "status", r.status(), "detail", r.detail());
        return new ReportViews.FileResult(r.file(), r.status(), r.reports().stream().map(ReportViews::summary).toList(),
                problem);
    }

    /** The multipart form of an upload, for the document: one or more {@code file} parts. */
    @Schema(name = "UploadForm")
    record UploadForm(@Schema(required = true, type = SchemaType.ARRAY, implementation = String.class, format = "binary")
            List<String> file) {
    }

    private static byte[] read(FileUpload f) {
        try {
            return Files.readAllBytes(f.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
