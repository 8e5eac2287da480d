package io.reportqa.model;

/**
 * A cited paragraph. {@code text} is the whole paragraph verbatim; {@code quote} is the sentence the answer
 * took from it, with its own offsets so a reader can highlight it.
 */
public record Citation(int index, String reportId, String reportTitle, String section, int paragraph,
        String paragraphId, String text, int start, int end, String quote, int quoteStart, int quoteEnd,
        double score) {
}
