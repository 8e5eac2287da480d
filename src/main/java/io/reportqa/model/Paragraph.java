package io.reportqa.model;

import java.util.List;

/**
 * A paragraph of a report, verbatim from its source file.
 *
 * @param id stable id, {@code <reportId>/p<number>}
 * @param number 1-based position in the report
 * @param part title of the enclosing part ({@code 一、…}), empty before the first part
 * @param section title of the enclosing section ({@code (一)…}), empty when none
 * @param start offset of the first character in the source file
 * @param end offset after the last character in the source file
 * @param appendix whether it sits in an appendix of the report ({@code 附件}, {@code 名词解释}) rather than its body
 */
public record Paragraph(String id, String reportId, int number, ParagraphKind kind, String part, String section,
        String text, int start, int end, List<Sentence> sentences, boolean appendix) {

    public Paragraph {
        sentences = List.copyOf(sentences);
    }

    /** A paragraph of the report's body. */
    public Paragraph(String id, String reportId, int number, ParagraphKind kind, String part, String section,
            String text, int start, int end, List<Sentence> sentences) {
        this(id, reportId, number, kind, part, section, text, start, end, sentences, false);
    }

    /** Where the paragraph sits, as a reader would write it: {@code 一、… > (一)…}. */
    public String sectionPath() {
        if (part.isEmpty()) {
            return section;
        }
        return section.isEmpty() ? part : part + " > " + section;
    }
}
