package io.reportqa.api;

import io.reportqa.ingest.Corpus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** {@code GET /api/reports} and {@code GET /api/reports/{id}}: the reports and their structured text. */
@Path("/api/reports")
@Tag(name = "报告 Reports", description = "报告元数据与结构化全文")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private final Corpus corpus;
    private final RequestLimits limits;

    ReportsResource(Corpus corpus, RequestLimits limits) {
        this.corpus = corpus;
        this.limits = limits;
    }

    @GET
    @Operation(summary = "报告列表及元数据（地点、级别、日期、报告人）")
    public Map<String, List<ReportViews.Summary>> list() {
        return Map.of("reports", corpus.reports().stream().map(ReportViews::summary).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一份报告的全文，按部分、章节、段落组织（段落带 id 与原文偏移）")
    @APIResponse(responseCode = "404", description = "没有这份报告",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "报告 id 格式无效",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportViews.Detail get(@PathParam("id") String id) {
        return ReportViews.detail(corpus.report(limits.reportId(id)).orElseThrow());
    }
}
