package io.reportqa.ingest;

/**
 * A document refused because reading it would cost more than {@link ParseLimits} allow: nested too deep
 * ({@link Kind#DEPTH}), too many pages or too much memory ({@link Kind#SIZE}), or too long to read
 * ({@link Kind#TIME}). The message names the setting, Chinese first, then English.
 */
public final class DocumentLimitException extends RuntimeException {

    public enum Kind { DEPTH, SIZE, TIME }

    private final Kind kind;
    private final String setting;

    public DocumentLimitException(Kind kind, String setting, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.setting = setting;
    }

    public Kind kind() {
        return kind;
    }

    /** The setting that holds the limit, e.g. {@code reportqa.limits.max-nesting-depth}. */
    public String setting() {
        return setting;
    }
}
