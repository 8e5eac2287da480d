package io.reportqa.api;

import io.reportqa.library.Library;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.eval.EvalItem;
import io.reportqa.eval.EvalReader;
import io.reportqa.eval.EvalReport;
import io.reportqa.eval.Evaluator;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code POST /api/eval}: scores an uploaded question file (JSON lines, the dev-set format) with the same
 * evaluator as the {@code eval} command, and returns the metrics and a row per question.
 */
@Path("/api/eval")
@Tag(name = "评测 Evaluation", description = "按评测规则给问答打分")
public class EvalResource {

    private final Library library;
    private final int topK;
    private final int maxItems;


    EvalResource(Library library, ReportQaConfig config) {
        this.library = library;
        this.topK = config.answer().defaultTopK();
        this.maxItems = config.limits().maxEvalItems();
    }

    @POST
    @Blocking
    @Operation(operationId = "evaluate", summary = "评测：上传问题文件（JSON lines），返回各项指标与逐题结果",
            description = "与命令行 eval 及质量门禁使用同一评测代码；配置了 API 密钥时需 Authorization: Bearer。")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING), examples =
            @ExampleObject(name = "一行一题", value = ApiDocs.EVAL_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "各项指标（summary）与逐题结果（rows）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvalReport.class)))
    @APIResponse(responseCode = "400", description = "文件格式错误或题数超限",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "需要 API 密钥",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Consumes({MediaType.TEXT_PLAIN, "application/x-ndjson", "application/jsonl"})
    @Produces(MediaType.APPLICATION_JSON)
    public EvalReport evaluate(String body) {
        List<EvalItem> items;
        try {
            items = new EvalReader().read(body == null ? "" : body);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("问题文件格式错误 / " + e.getMessage());
        }
        if (items.isEmpty() || items.size() > maxItems) {
            throw ProblemException.badRequest("问题文件须有 1 到 " + maxItems + " 个问题 / the file must hold 1 to "
                    + maxItems + " questions");
        }
        return new Evaluator(library.current().qa(), topK).run(items);
    }
}
