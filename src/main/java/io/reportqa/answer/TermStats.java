package io.reportqa.answer;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import io.reportqa.model.Sentence;
import io.reportqa.retrieve.Terms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How rare each term is among the corpus's sentences: rare terms say more about what a question wants. */
public final class TermStats {

    private final Map<String, Integer> sentenceFrequency = new HashMap<>();
    private final int sentences;

    public TermStats(List<Report> reports) {
        int n = 0;
        for (Report r : reports) {
            for (Paragraph p : r.paragraphs()) {
                for (Sentence s : p.sentences()) {
                    n++;
                    for (String t : Terms.of(s.text())) {
                        sentenceFrequency.merge(t, 1, Integer::sum);
                    }
                }
            }
        }
        this.sentences = Math.max(n, 1);
    }

    /** Smoothed inverse sentence frequency; a term the corpus never uses gets the highest weight. */
    public double idf(String term) {
        int df = sentenceFrequency.getOrDefault(term, 0);
        return Math.log(1.0 + (sentences + 1.0) / (df + 1.0));
    }
}
