package io.reportqa.model;

/** One sentence of a paragraph; offsets are character positions in the report's source file. */
public record Sentence(String text, int start, int end) {
}
