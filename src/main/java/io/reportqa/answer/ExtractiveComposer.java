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

    private static final System.Logger LOG = System.getLogger(ExtractiveComposer.class.getName());
    static final String NOT_FOUND = "报告中未找到能回答这个问题的内容。";
    private static final int CLOSEST = 3;
    /** At or above this coverage the words alone vouch for the sentence. */
    private static final double PARTIAL_COVERAGE = 0.5;
    private static final int RERANK_DEPTH = 12;
    private static final double MEANING_SCORE_SHARE = 0.3;

    private final SentenceScorer scorer;
    private final SentencePicker picker = new SentencePicker();
    private final Map<String, Report> reports;
    private final double minCoverage;
    private final Similarity similarity;
    private final double minSimilarity;

    public ExtractiveComposer(Map<String, io.reportqa.model.Paragraph> paragraphs, Map<String, Report> reports,
            double minCoverage, Similarity similarity, double minSimilarity) {
        this.similarity = similarity;
        this.minSimilarity = minSimilarity;
        this.scorer = new SentenceScorer(paragraphs);
        this.reports = Map.copyOf(reports);
        this.minCoverage = minCoverage;
    }

    /** One report scope: a single answer, or a refusal with the closest paragraphs. */
    Answer compose(QuestionTerms terms, Intent intent, List<Hit> hits) {
        List<Candidate> ranked = rerankByMeaning(terms, scorer.score(terms, intent, hits));
        CitationWriter out = new CitationWriter(reports);
        double confidence = ranked.isEmpty() ? 0 : ranked.get(0).coverage();
        if (ranked.isEmpty() || !meansTheSame(terms, ranked.get(0))) {
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

    /**
     * A sentence sharing under half the question's words may still say the same thing in other words
     * (a paraphrase), or share only incidental words (建成, 中心) while being about something else. Only there is
     * the sentence embedded and compared with the question.
     */
    private boolean meansTheSame(QuestionTerms terms, Candidate best) {
        if (best.coverage() >= PARTIAL_COVERAGE) {
            return true;
        }
        if (best.coverage() < minCoverage && best.similarity() < 0) {
            return false;
        }
        double s = best.similarity() >= 0 ? best.similarity()
                : similarity.between(terms.question(), List.of(terms.placeless(best.sentence().text())))[0];
        LOG.log(System.Logger.Level.DEBUG, "similarity {0} at coverage {1} for {2}", s, best.coverage(), terms.question());
        return s >= minSimilarity;
    }

    /**
     * When words barely match (a paraphrased question), the few best candidates are embedded and the one
     * closest in meaning leads; a handful of short embeddings costs a few milliseconds each.
     */
    private List<Candidate> rerankByMeaning(QuestionTerms terms, List<Candidate> ranked) {
        if (ranked.isEmpty() || ranked.get(0).coverage() >= PARTIAL_COVERAGE) {
            return ranked;
        }
        List<Candidate> top = ranked.subList(0, Math.min(RERANK_DEPTH, ranked.size()));
        double[] sims = similarity.between(terms.question(),
                top.stream().map(c -> terms.placeless(c.sentence().text())).toList());
        List<Candidate> head = new java.util.ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            head.add(top.get(i).withSimilarity(sims[i]));
        }
        head.sort(java.util.Comparator.comparingDouble((Candidate c) -> c.similarity() + MEANING_SCORE_SHARE * c.score())
                .reversed().thenComparing(c -> c.paragraph().id()).thenComparingInt(Candidate::index));
        List<Candidate> out = new java.util.ArrayList<>(head);
        out.addAll(ranked.subList(head.size(), ranked.size()));
        return out;
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
