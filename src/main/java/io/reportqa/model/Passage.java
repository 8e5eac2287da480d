package io.reportqa.model;

/**
 * The unit of retrieval: a window of consecutive sentences inside one paragraph, short enough that the
 * embedding model sees all of it (bge-small-zh truncates silently at 512 tokens).
 *
 * @param id stable id, {@code <paragraphId>/s<first sentence index>}
 * @param header where the passage sits (report title and section path); embedded and indexed, never cited
 */
public record Passage(String id, String reportId, String paragraphId, int paragraphNumber, String text, int start,
        int end, String header) {
}
