package io.reportqa.api;

import io.reportqa.answer.QaService;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.model.Answer;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/ask}: a cited answer to a question. */
@Path("/api/ask")
public class AskResource {

    private final QaService qa;
    private final RequestLimits limits;
    private final int defaultTopK;

    AskResource(QaService qa, RequestLimits limits, ReportQaConfig config) {
        this.qa = qa;
        this.limits = limits;
        this.defaultTopK = config.answer().defaultTopK();
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AskResponse ask(AskRequest request) {
        long t0 = System.nanoTime();
        if (request == null) {
            throw ProblemException.badRequest("缺少请求体 / The request body is missing");
        }
        Answer a = qa.ask(limits.question(request.question(), "question"), limits.history(request.history()),
                limits.reportIds(request.reportIds()), limits.k(request.topK(), defaultTopK, "topK"));
        return new AskResponse(a.answer(), a.answerable(), a.citations(), a.confidence(), Millis.since(t0));
    }
}
