package io.reportqa.ingest;

/** A corpus file as read from disk: its name and its whole text. */
public record SourceFile(String name, String text) {
}
