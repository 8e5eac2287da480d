package io.reportqa.api;

import java.util.List;

/** Body of a {@code GET /api/search} response. */
public record SearchResponse(List<SearchHit> hits, double tookMs) {

    /**
     * A retrieved passage.
     *
     * @param paragraph paragraph number within the report
     * @param text the passage, verbatim
     * @param start offset of the passage in its source file
     */
    public record SearchHit(String reportId, String reportTitle, String section, int paragraph, String paragraphId,
            String passageId, String text, int start, int end, double score) {
    }
}
