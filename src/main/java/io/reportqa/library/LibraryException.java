package io.reportqa.library;

/** A change to the library refused for a reason the caller can fix. */
public final class LibraryException extends RuntimeException {

    public enum Kind { NO_REPORT, NO_BODY, DUPLICATE, UNKNOWN }

    private final Kind kind;

    public LibraryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
