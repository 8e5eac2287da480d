package io.reportqa.api;

import io.reportqa.ingest.Corpus;
import io.reportqa.model.Hit;
import io.reportqa.model.Passage;

/** A retrieved passage as the API shows it. */
final class SearchHits {

    private SearchHits() {
    }

    static SearchResponse.SearchHit of(Hit h, Corpus corpus) {
        Passage p = h.passage();
        var paragraph = corpus.paragraphsById().get(p.paragraphId());
        String title = corpus.report(p.reportId()).orElseThrow().title();
        return new SearchResponse.SearchHit(p.reportId(), title, paragraph.sectionPath(), p.paragraphNumber(),
                p.paragraphId(), p.id(), p.text(), p.start(), p.end(), Math.round(h.score() * 1e5) / 1e5);
    }
}
