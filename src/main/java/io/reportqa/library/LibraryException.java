package io.reportqa.library;

/** A change to the library refused for a reason the caller can fix. */
public final class LibraryException extends RuntimeException {

    /**
     * BUSY: another change held the library too long; STORAGE: the file could not be stored (a full disk);
     * ABANDONED: the client went away before it could be told.
     */
    public enum Kind { NO_REPORT, NO_BODY, DUPLICATE, UNKNOWN, TOO_LARGE, BUSY, STORAGE, ABANDONED }

    private final Kind kind;

    public LibraryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    LibraryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    LibraryException(Kind kind, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.kind = kind;
    }

    static LibraryException busy(java.time.Duration waited) {
        return new LibraryException(Kind.BUSY, "另一项报告变更进行中，请稍后重试 / another report change has been "
                + "running for more than " + waited.toMillis() + " ms; try again later");
    }

    static LibraryException storage(java.io.UncheckedIOException e) {
        return new LibraryException(Kind.STORAGE, "无法保存文件，请稍后重试 / the file cannot be stored now: "
                + e.getCause().getMessage(), e);
    }

    static LibraryException abandoned() {
        return new LibraryException(Kind.ABANDONED, "客户端已断开，未加入 / the client went away; nothing was added");
    }

    public Kind kind() {
        return kind;
    }
}
