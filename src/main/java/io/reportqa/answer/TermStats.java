package io.reportqa.answer;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How rare a term is among the corpus's sentences: rare terms say more about what a question wants. Terms are
 * matched as substrings, so the count agrees with how sentences are matched, whatever the word segmenter did.
 */
public final class TermStats {

    private final List<String> sentences = new ArrayList<>();
    private final Map<String, Long> frequencyCache = new ConcurrentHashMap<>();

    public TermStats(List<Report> reports) {
        for (Report r : reports) {
            for (Paragraph p : r.paragraphs()) {
                for (Sentence s : p.sentences()) {
                    sentences.add(s.text());
                }
            }
        }
    }

    /** Smoothed inverse sentence frequency; a term the corpus never uses gets the highest weight. */
    public double idf(String term) {
        return Math.log(1.0 + (sentences.size() + 1.0) / (frequency(term) + 1.0));
    }

    /** Share of sentences that contain the term. */
    public double share(String term) {
        return (double) frequency(term) / Math.max(1, sentences.size());
    }

    private long frequency(String term) {
        return frequencyCache.computeIfAbsent(term, t -> sentences.stream().filter(s -> s.contains(t)).count());
    }
}
