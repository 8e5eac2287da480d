package io.reportqa.api;

import io.reportqa.model.Citation;
import java.util.List;

/** Body of a {@code POST /api/ask} response. */
public record AskResponse(String answer, boolean answerable, List<Citation> citations, double confidence,
        double tookMs) {
}
