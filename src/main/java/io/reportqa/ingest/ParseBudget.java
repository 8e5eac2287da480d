package io.reportqa.ingest;

/**
 * The limits of one document being read, with its clock running. Parsers call {@link #checkTime} at points they
 * pass often (every few thousand nodes, operators or characters), so a document that would take minutes is given
 * up within moments of its time running out, and its thread is free again.
 */
public final class ParseBudget {

    private final ParseLimits limits;
    private final long deadline;

    ParseBudget(ParseLimits limits, long startNanos) {
        this.limits = limits;
        this.deadline = startNanos + limits.maxParseTime().toNanos();
    }

    public ParseLimits limits() {
        return limits;
    }

    /** @throws DocumentLimitException when the document's reading time is up */
    public void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            long s = limits.maxParseTime().toMillis() / 1000;
            throw new DocumentLimitException(DocumentLimitException.Kind.TIME, "reportqa.limits.max-parse-time",
                    "读取文件超过 " + s + " 秒仍未完成（reportqa.limits.max-parse-time） / reading the document took "
                            + "longer than " + limits.maxParseTime() + " (reportqa.limits.max-parse-time)");
        }
    }

    /** @throws DocumentLimitException when {@code depth} is past {@link ParseLimits#maxDepth} */
    public void checkDepth(int depth) {
        if (depth > limits.maxDepth()) {
            throw tooDeep();
        }
    }

    /** The refusal of a document nested past {@link ParseLimits#maxDepth}. */
    public DocumentLimitException tooDeep() {
        return new DocumentLimitException(DocumentLimitException.Kind.DEPTH, "reportqa.limits.max-nesting-depth",
                "文件嵌套超过 " + limits.maxDepth() + " 层（reportqa.limits.max-nesting-depth） / the document nests "
                        + "more than " + limits.maxDepth() + " levels deep (reportqa.limits.max-nesting-depth)");
    }

    /** @throws DocumentLimitException when a PDF has more than {@link ParseLimits#maxPdfPages} pages */
    public void checkPages(int pages) {
        if (pages > limits.maxPdfPages()) {
            throw new DocumentLimitException(DocumentLimitException.Kind.SIZE, "reportqa.limits.max-pdf-pages",
                    "PDF 有 " + pages + " 页，超过上限 " + limits.maxPdfPages() + "（reportqa.limits.max-pdf-pages） / the PDF "
                            + "has " + pages + " pages, more than the limit of " + limits.maxPdfPages()
                            + " (reportqa.limits.max-pdf-pages)");
        }
    }
}
