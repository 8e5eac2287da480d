package io.reportqa.ingest;

import java.util.Locale;
import java.util.Optional;

/** The formats an uploaded report may come in, told by its file name or, failing that, its media type. */
public enum DocumentFormat {
    TEXT, MARKDOWN, HTML, PDF, DOCX;

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static Optional<DocumentFormat> of(String fileName, String mediaType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (name.endsWith(".docx")) {
            return Optional.of(DOCX);
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return Optional.of(TEXT);
        }
        if (type.startsWith("text/markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return Optional.of(HTML);
        }
        if (type.startsWith("application/pdf")) {
            return Optional.of(PDF);
        }
        if (type.startsWith(DOCX_TYPE)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }
}
