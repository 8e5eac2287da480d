package io.reportqa.library;

/**
 * An upload over one of the per-upload limits: refused before its file is stored, its passages cut or anything
 * embedded. Not a {@link LibraryException}: it names the setting ({@link #setting()}) and both numbers, and maps to
 * its own problem response (413) wherever it is thrown from.
 */
public final class UploadLimitException extends RuntimeException {

    private final String setting;
    private final long max;
    private final long actual;

    public UploadLimitException(String setting, long max, long actual, String message) {
        super(message);
        this.setting = setting;
        this.max = max;
        this.actual = actual;
    }

    /** The setting that holds the limit, e.g. {@code reportqa.limits.max-upload-paragraphs}. */
    public String setting() {
        return setting;
    }

    public long max() {
        return max;
    }

    public long actual() {
        return actual;
    }

    /** Throws when the reports of one upload hold more than {@code max} paragraphs in all. */
    static void checkParagraphs(java.util.List<io.reportqa.model.Report> reports, int max) {
        long paragraphs = reports.stream().mapToLong(r -> r.paragraphs().size()).sum();
        if (paragraphs > max) {
            throw new UploadLimitException("reportqa.limits.max-upload-paragraphs", max, paragraphs,
                    "文件含 " + paragraphs + " 个段落，超过上限 " + max + "（reportqa.limits.max-upload-paragraphs） / the file "
                            + "holds " + paragraphs + " paragraphs, more than the limit of " + max
                            + " (reportqa.limits.max-upload-paragraphs)");
        }
    }
}
