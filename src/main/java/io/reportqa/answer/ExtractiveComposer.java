package io.reportqa.answer;

import io.reportqa.model.Answer;
import io.reportqa.model.Hit;
import io.reportqa.model.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composes answers from the reports' own sentences. Nothing is paraphrased, so every figure in an answer is in
 * the paragraph its marker cites. When no sentence covers enough of the question, it says so and cites the
 * closest paragraphs instead.
 */
public final class ExtractiveComposer {

    static final String NOT_FOUND = "报告中未找到能回答这个问题的内容。";
    private static final int CLOSEST = 3;

    private final SentenceScorer scorer;
    private final SentencePicker picker = new SentencePicker();
    private final Map<String, Report> reports;
    private final double minCoverage;

    public ExtractiveComposer(Map<String, io.reportqa.model.Paragraph> paragraphs, Map<String, Report> reports,
            double minCoverage) {
        this.scorer = new SentenceScorer(paragraphs);
        this.reports = Map.copyOf(reports);
        this.minCoverage = minCoverage;
    }

    /** One report scope: a single answer, or a refusal with the closest paragraphs. */
    Answer compose(QuestionTerms terms, Intent intent, List<Hit> hits) {
        List<Candidate> ranked = scorer.score(terms, intent, hits);
        CitationWriter out = new CitationWriter(reports);
        double confidence = ranked.isEmpty() ? 0 : ranked.get(0).coverage();
        if (confidence < minCoverage) {
            return refuse(out.write(NOT_FOUND + "以下是最接近的段落，仅供参考。"), hits, confidence);
        }
        for (Candidate c : picker.pick(ranked, terms, intent)) {
            out.quote(c.paragraph(), c.sentence(), c.score());
        }
        return new Answer(out.text(), true, out.citations(), round(confidence));
    }

    /** A comparison: the best sentence for each place, each with its own citation. */
    Answer compare(QuestionTerms terms, Intent intent, Map<String, List<Hit>> hitsByPlace) {
        CitationWriter out = new CitationWriter(reports);
        Map<String, List<Hit>> missing = new LinkedHashMap<>();
        double confidence = 1;
        for (var e : hitsByPlace.entrySet()) {
            List<Candidate> ranked = scorer.score(terms, intent, e.getValue());
            double best = ranked.isEmpty() ? 0 : ranked.get(0).coverage();
            confidence = Math.min(confidence, best);
            if (best < minCoverage) {
                missing.put(e.getKey(), e.getValue());
                continue;
            }
            Candidate top = ranked.get(0);
            out.write(e.getKey() + "：").quote(top.paragraph(), top.sentence(), top.score()).write("\n");
        }
        if (missing.size() == hitsByPlace.size()) {
            return refuse(out.write(NOT_FOUND), hitsByPlace.values().stream().flatMap(List::stream).toList(), confidence);
        }
        for (String place : missing.keySet()) {
            out.write(place + "：" + NOT_FOUND + "\n");
        }
        return new Answer(out.text().strip(), true, out.citations(), round(confidence));
    }

    Answer refuse(CitationWriter out, List<Hit> closest, double confidence) {
        closest.stream().map(Hit::passage).map(io.reportqa.model.Passage::paragraphId).distinct().limit(CLOSEST)
                .forEach(id -> out.cite(scorer.paragraph(id), 0));
        return new Answer(out.text(), false, out.citations(), round(confidence));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    CitationWriter writer() {
        return new CitationWriter(reports);
    }
}
