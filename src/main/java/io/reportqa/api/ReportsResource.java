package io.reportqa.api;

import io.reportqa.ingest.Corpus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** {@code GET /api/reports} and {@code GET /api/reports/{id}}: the reports and their structured text. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private final Corpus corpus;
    private final RequestLimits limits;

    ReportsResource(Corpus corpus, RequestLimits limits) {
        this.corpus = corpus;
        this.limits = limits;
    }

    @GET
    public Map<String, List<ReportViews.Summary>> list() {
        return Map.of("reports", corpus.reports().stream().map(ReportViews::summary).toList());
    }

    @GET
    @Path("/{id}")
    public ReportViews.Detail get(@PathParam("id") String id) {
        return ReportViews.detail(corpus.report(limits.reportId(id)).orElseThrow());
    }
}
