package io.reportqa.model;

/**
 * A cited paragraph. {@code text} is the whole paragraph verbatim; {@code quote} is the sentence the answer
 * took from it, with its own offsets so a reader can highlight it. {@code appendix} marks a paragraph of the
 * report's appendix (附件, 名词解释) rather than its body.
 */
public record Citation(int index, String reportId, String reportTitle, String section, int paragraph,
        String paragraphId, String text, int start, int end, String quote, int quoteStart, int quoteEnd,
        double score, boolean appendix) {

    /** A citation of a body paragraph. */
    public Citation(int index, String reportId, String reportTitle, String section, int paragraph,
            String paragraphId, String text, int start, int end, String quote, int quoteStart, int quoteEnd,
            double score) {
        this(index, reportId, reportTitle, section, paragraph, paragraphId, text, start, end, quote, quoteStart,
                quoteEnd, score, false);
    }
}
