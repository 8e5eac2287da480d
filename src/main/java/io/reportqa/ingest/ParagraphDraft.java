package io.reportqa.ingest;

import io.reportqa.model.ParagraphKind;

/** A paragraph found by a structure reader, before it gets its id and sentences. Offsets are in the file. */
record ParagraphDraft(ParagraphKind kind, String part, String section, int start, int end, boolean appendix) {

    ParagraphDraft(ParagraphKind kind, String part, String section, int start, int end) {
        this(kind, part, section, start, end, false);
    }
}
