package io.reportqa.api;

import io.reportqa.answer.QaService;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.ingest.Corpus;
import io.reportqa.model.Hit;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/search?q=…&k=…}: retrieval only, no composition. */
@Path("/api/search")
public class SearchResource {

    private final QaService qa;
    private final RequestLimits limits;
    private final Corpus corpus;
    private final int defaultK;

    SearchResource(QaService qa, RequestLimits limits, Corpus corpus, ReportQaConfig config) {
        this.qa = qa;
        this.limits = limits;
        this.corpus = corpus;
        this.defaultK = config.retrieval().defaultK();
    }

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    public SearchResponse search(@QueryParam("q") String q, @QueryParam("k") String k,
            @QueryParam("reportId") List<String> reportIds) {
        long t0 = System.nanoTime();
        String query = limits.question(q, "q");
        int size = limits.k(parseK(k), defaultK, "k");
        List<Hit> hits = qa.search(query, limits.reportIds(reportIds), size);
        return new SearchResponse(hits.stream().map(this::toHit).toList(), Millis.since(t0));
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

    private SearchResponse.SearchHit toHit(Hit h) {
        return SearchHits.of(h, corpus);
    }
}
