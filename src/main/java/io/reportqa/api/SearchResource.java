package io.reportqa.api;

import io.reportqa.library.Library;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.model.Hit;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /api/search?q=…&k=…}: retrieval only, no composition. */
@Path("/api/search")
@Tag(name = "检索 Search", description = "只检索，不组织回答")
public class SearchResource {

    private final Library library;
    private final RequestLimits limits;
    private final int defaultK;

    SearchResource(Library library, RequestLimits limits, ReportQaConfig config) {
        this.library = library;
        this.limits = limits;
        this.defaultK = config.retrieval().defaultK();
    }

    @GET
    @Blocking
    @Operation(operationId = "search", summary = "检索段落（不生成回答）", description = "BM25 与向量检索按名次融合；问题中出现的地名会把检索限定在该地的报告内。")
    @APIResponse(responseCode = "200", description = "检索到的段落，按相关度排序",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "请求无效（q 为空或过长、k 不是 1 到 50 的整数、reportId 格式无效）",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = ApiDocs.SEARCH_PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "reportId 中有不存在的报告",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))

    @Produces(MediaType.APPLICATION_JSON)
    public SearchResponse search(
            @Parameter(description = "问题或关键词", example = "咸阳2021年经济总量", required = true,
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 500)) @QueryParam("q") String q,
            @Parameter(description = "返回条数（1-50，默认 10）", example = "5",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50")) @QueryParam("k") String k,
            @Parameter(description = "限定的报告 id（小写字母、数字与 -），可重复", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = String.class))
            @QueryParam("reportId") List<String> reportIds) {
        long t0 = System.nanoTime();
        String query = limits.question(q, "q");
        int size = limits.k(parseK(k), defaultK, "k");
        Library.Snapshot now = library.current();
        List<Hit> hits = now.qa().search(query, limits.reportIds(reportIds), size);
        return new SearchResponse(hits.stream().map(h -> SearchHits.of(h, now.corpus())).toList(), Millis.since(t0));
    }

    private static Integer parseK(String k) {
        if (k == null || k.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(k.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("k 必须是整数 / 'k' must be an integer");
        }
    }
}
