package io.reportqa.ingest;

import java.time.Duration;

/**
 * How much work reading one uploaded document may cost. Real reports nest a few levels deep, run to a few hundred
 * pages and read in well under a second; a document past any of these is built to hold a core or blow the stack,
 * and is refused with {@link DocumentLimitException} naming the setting.
 *
 * @param maxDepth elements (HTML), blocks and inlines (Markdown) nested inside each other
 * @param maxPdfPages pages of a PDF
 * @param maxPdfMemoryBytes memory PDFBox may use for the document's streams
 * @param maxParseTime wall-clock time to turn the bytes into text, checked as the work goes
 */
public record ParseLimits(int maxDepth, int maxPdfPages, long maxPdfMemoryBytes, Duration maxParseTime) {

    /** The defaults of {@code reportqa.limits.*}, for callers without configuration (tests, tools). */
    public static final ParseLimits DEFAULT = new ParseLimits(256, 2000, 256L * 1024 * 1024, Duration.ofSeconds(20));

    public ParseLimits {
        if (maxDepth < 1 || maxPdfPages < 1 || maxPdfMemoryBytes < 1 || maxParseTime.isNegative()
                || maxParseTime.isZero()) {
            throw new IllegalArgumentException("parse limits must be positive: " + maxDepth + ", " + maxPdfPages
                    + ", " + maxPdfMemoryBytes + ", " + maxParseTime);
        }
    }

    /** A budget for one document, its clock started now. */
    public ParseBudget start() {
        return new ParseBudget(this, System.nanoTime());
    }
}
