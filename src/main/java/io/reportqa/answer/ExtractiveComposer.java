package io.reportqa.answer;

import io.reportqa.model.Answer;
import io.reportqa.model.AnswerItem;
import io.reportqa.model.Hit;
import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Passage;
import io.reportqa.model.Report;
import io.reportqa.retrieve.Synonyms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composes answers from the reports' own sentences. Nothing is paraphrased, so every figure in an answer is in
 * the paragraph its marker cites. A sentence is given as an answer when it holds at least half the question's
 * weighted words, or, failing that, when it is close enough in meaning (embedding similarity); otherwise the
 * composer says the reports do not answer and cites the closest paragraphs instead.
 */
public final class ExtractiveComposer {

    private static final System.Logger LOG = System.getLogger(ExtractiveComposer.class.getName());
    static final String NOT_FOUND = "报告中未找到能回答这个问题的内容。";
    private static final String CLOSEST_NOTE = "以下是最接近的段落，仅供参考。";
    private static final int CLOSEST = 3;
    private static final int MAX_MEASURES = 4;
    /** How close to the best score a sentence about the asked year alone must come to lead instead. */
    private static final double SAME_YEAR_SHARE = 0.7;
    /** At or above this coverage the words alone vouch for the sentence. */
    private static final double WORDS_SUFFICE = 0.5;
    private static final int RERANK_DEPTH = 12;
    private static final double MEANING_SCORE_SHARE = 0.3;

    private final SentenceScorer scorer;
    private final SentencePicker picker;
    private final AnswerCheck check;
    private final Map<String, Report> reports;
    private final Similarity similarity;
    private final double minSimilarity;
    private final HitReranker reranker;

    public ExtractiveComposer(Map<String, Paragraph> paragraphs, Map<String, Report> reports, Similarity similarity,
            double minSimilarity) {
        this.scorer = new SentenceScorer(paragraphs);
        this.picker = new SentencePicker(new ListGatherer(scorer::paragraph));
        this.reports = Map.copyOf(reports);
        this.check = new AnswerCheck(this.reports);
        this.similarity = similarity;
        this.minSimilarity = minSimilarity;
        this.reranker = new HitReranker(scorer);
    }

    /** Orders retrieved passages by their best sentence, as this composer will judge them. */
    HitReranker reranker() {
        return reranker;
    }

    /** One report scope: a single answer, or a refusal with the closest paragraphs. */
    Answer compose(QuestionTerms terms, Intent intent, List<Hit> hits) {
        List<Candidate> scored = scorer.score(terms, intent, hits);
        List<Candidate> ranked = rank(scored, terms, intent);
        CitationWriter out = writer();
        if (!answers(ranked)) {
            return refuse(out.write(NOT_FOUND + CLOSEST_NOTE), hits, confidence(ranked));
        }
        List<Candidate> picked = withEveryMeasure(picker.pick(ranked, terms, intent), ranked, scored,
                intent.asked());
        List<AnswerItem> items = new ArrayList<>();
        for (Candidate c : picked) {
            out.quote(c.paragraph(), c.sentence(), c.score());
            boolean lead = c == picked.get(0) && ListGatherer.announces(c.sentence().text());
            if (intent.list() && picked.size() > 1 && !lead) {
                items.add(new AnswerItem(c.sentence().text(), out.cite(c.paragraph(), c.score())));
            }
        }
        return new Answer(out.text(), true, out.citations(), confidence(ranked), items);
    }

    /**
     * A comparison: the best sentence for each place, each with its own citation, in the order asked; then which
     * figure is larger, when every side's sentence has one of the kind asked about.
     */
    Answer compare(QuestionTerms terms, Intent intent, Map<String, List<Hit>> hitsByPlace) {
        CitationWriter out = writer();
        List<String> missing = new ArrayList<>();
        double confidence = 1;
        List<FigureComparison.Side> sides = new ArrayList<>();
        for (var e : hitsByPlace.entrySet()) {
            QuestionTerms about = terms.about(e.getKey(), hitsByPlace.keySet());
            List<Candidate> ranked = rank(scorer.score(about, intent, e.getValue()), about, intent);
            confidence = Math.min(confidence, confidence(ranked));
            if (answers(ranked)) {
                Candidate best = ranked.get(0);
                out.write(e.getKey() + "：").quote(best.paragraph(), best.sentence(), best.score()).write("\n");
                sides.add(new FigureComparison.Side(e.getKey(), best.sentence().text(),
                        out.cite(best.paragraph(), best.score()), measureEnd(intent.asked(), best.sentence().text())));
            } else {
                missing.add(e.getKey());
            }
        }
        if (missing.size() == hitsByPlace.size()) {
            return refuse(out.write(NOT_FOUND + CLOSEST_NOTE),
                    hitsByPlace.values().stream().flatMap(List::stream).toList(), confidence);
        }
        missing.forEach(place -> out.write(place + "：" + NOT_FOUND + "\n"));
        if (missing.isEmpty()) {
            FigureComparison.state(terms.question(), sides).ifPresent(out::write);
        }
        return new Answer(out.text().strip(), true, out.citations(), confidence);
    }

    /**
     * For a question asking several measures at once, the best sentence naming each measure that the picked
     * sentences leave out (at most {@link #MAX_MEASURES} in all): among those that passed the check, else among
     * all scored sentences one that names the measure with a figure (the check read the first measure only).
     */
    private List<Candidate> withEveryMeasure(List<Candidate> picked, List<Candidate> ranked, List<Candidate> scored,
            Asked asked) {
        if (asked.measures().size() < 2) {
            return picked;
        }
        List<Candidate> out = new ArrayList<>(picked);
        for (String measure : asked.measures().subList(0, Math.min(MAX_MEASURES, asked.measures().size()))) {
            String folded = Synonyms.DEFAULT.canonical(measure);
            java.util.function.Predicate<Candidate> names =
                    c -> Synonyms.DEFAULT.canonical(c.sentence().text()).contains(folded);
            if (out.stream().anyMatch(names)) {
                continue;
            }
            ranked.stream().filter(names).findFirst()
                    .or(() -> scored.stream().filter(names)
                            .filter(c -> c.sentence().text().chars().anyMatch(Character::isDigit)).findFirst())
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * Among sentences scoring close to the best, one about the asked year alone leads over one about a span that
     * holds it (a five-year review's 年均 figure).
     */
    private List<Candidate> preferAskedYear(Asked asked, List<Candidate> ranked) {
        if (ranked.size() < 2 || check.speaksOfExactly(asked, ranked.get(0).paragraph(), ranked.get(0).sentence().text())) {
            return ranked;
        }
        double floor = SAME_YEAR_SHARE * ranked.get(0).score();
        for (int i = 1; i < ranked.size() && ranked.get(i).score() >= floor; i++) {
            Candidate c = ranked.get(i);
            if (check.speaksOfExactly(asked, c.paragraph(), c.sentence().text())) {
                List<Candidate> out = new ArrayList<>(ranked);
                out.remove(i);
                out.add(0, c);
                return out;
            }
        }
        return ranked;
    }

    /** Where the measure asked about ends in the sentence, 0 when it is not found or not asked. */
    private int measureEnd(Asked asked, String sentence) {
        if (!asked.measured()) {
            return 0;
        }
        int end = check.focusEnd(asked, Synonyms.DEFAULT.canonical(sentence));
        // Folding shortens synonyms to one character, so the position in the original text is at least this.
        return Math.max(0, end);
    }

    Answer refuse(CitationWriter out, List<Hit> closest, double confidence) {
        closest.stream().map(Hit::passage).map(Passage::paragraphId).distinct()
                .filter(id -> scorer.paragraph(id).kind() == ParagraphKind.TEXT).limit(CLOSEST)
                .forEach(id -> out.cite(scorer.paragraph(id), 0));
        return new Answer(out.text(), false, out.citations(), confidence);
    }

    CitationWriter writer() {
        return new CitationWriter(reports);
    }

    /** The sentences that answer what was asked, best first (all scored sentences when the check cannot tell). */
    private List<Candidate> rank(List<Candidate> scored, QuestionTerms terms, Intent intent) {
        if (AnswerCheck.applies(intent.asked())) {
            scored = scored.stream().filter(c -> check.passes(intent.asked(), c.paragraph(), c.sentence().text()))
                    .toList();
            scored = preferAskedYear(intent.asked(), scored);
        }
        return rerankByMeaning(terms, scored);
    }

    private boolean answers(List<Candidate> ranked) {
        if (ranked.isEmpty()) {
            return false;
        }
        Candidate best = ranked.get(0);
        return best.coverage() >= WORDS_SUFFICE || best.similarity() >= minSimilarity;
    }

    /** Coverage when the words vouch for the answer, the similarity that had to vouch for it otherwise. */
    private static double confidence(List<Candidate> ranked) {
        if (ranked.isEmpty()) {
            return 0;
        }
        Candidate best = ranked.get(0);
        double value = best.coverage() >= WORDS_SUFFICE ? best.coverage() : Math.max(0, best.similarity());
        return Math.round(value * 1000) / 1000.0;
    }

    /**
     * A sentence holding under half the question's words may still say the same thing in other words (a
     * paraphrase), or share only incidental words (建成, 中心) while being about something else. Only then are the
     * best few candidates embedded and compared with the question by meaning, and the closest leads.
     */
    private List<Candidate> rerankByMeaning(QuestionTerms terms, List<Candidate> ranked) {
        if (ranked.isEmpty() || ranked.get(0).coverage() >= WORDS_SUFFICE) {
            return ranked;
        }
        List<Candidate> top = ranked.subList(0, Math.min(RERANK_DEPTH, ranked.size()));
        double[] sims = similarity.between(terms.question(),
                top.stream().map(c -> placeless(terms, c.sentence().text())).toList());
        List<Candidate> head = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            head.add(top.get(i).withSimilarity(sims[i]));
        }
        head.sort(Comparator.comparingDouble((Candidate c) -> c.similarity() + MEANING_SCORE_SHARE * c.score())
                .reversed().thenComparing(c -> c.paragraph().id()).thenComparingInt(Candidate::index));
        LOG.log(System.Logger.Level.DEBUG, "similarity {0} at coverage {1} for {2}", head.get(0).similarity(),
                head.get(0).coverage(), terms.question());
        List<Candidate> out = new ArrayList<>(head);
        out.addAll(ranked.subList(head.size(), ranked.size()));
        return out;
    }

    /** The sentence without place names, unless nothing would be left to compare. */
    private static String placeless(QuestionTerms terms, String sentence) {
        String out = terms.placeless(sentence);
        return out.codePoints().anyMatch(Character::isLetterOrDigit) ? out : sentence;
    }
}
