package io.reportqa.generate;

import io.reportqa.model.Citation;
import io.reportqa.model.Paragraph;

/**
 * A paragraph offered to the language model under the number {@code citation.index()}. {@code header} (report
 * title and section) is shown to the model with the paragraph, so figures in it (the report's year) count as
 * cited too.
 */
record Source(Citation citation, Paragraph paragraph, String header) {

    int index() {
        return citation.index();
    }

    /** Everything the model was shown under this number. */
    String shown() {
        return header + "\n" + paragraph.text();
    }
}
