package io.reportqa.api;

import io.reportqa.answer.QaService;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.eval.EvalItem;
import io.reportqa.eval.EvalReader;
import io.reportqa.eval.EvalReport;
import io.reportqa.eval.Evaluator;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code POST /api/eval}: scores an uploaded question file (JSON lines, the dev-set format) with the same
 * evaluator as the {@code eval} command, and returns the metrics and a row per question.
 */
@Path("/api/eval")
public class EvalResource {

    private final QaService qa;
    private final int topK;
    private final int maxItems;

    private final ApiKeys keys;

    EvalResource(QaService qa, ReportQaConfig config, ApiKeys keys) {
        this.qa = qa;
        this.keys = keys;
        this.topK = config.answer().defaultTopK();
        this.maxItems = config.limits().maxEvalItems();
    }

    @POST
    @Blocking
    @Consumes({MediaType.TEXT_PLAIN, "application/x-ndjson", "application/jsonl"})
    @Produces(MediaType.APPLICATION_JSON)
    public EvalReport evaluate(@HeaderParam("Authorization") String authorization, String body) {
        keys.require(authorization);
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
        return new Evaluator(qa, topK).run(items);
    }
}
