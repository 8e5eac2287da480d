package io.reportqa.answer;

import io.reportqa.model.Hit;
import io.reportqa.model.Paragraph;
import io.reportqa.model.Passage;
import io.reportqa.model.Sentence;
import io.reportqa.retrieve.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the sentences of the retrieved passages against the question. The main signal is how much of the
 * question's rare vocabulary a sentence contains; retrieval rank, the earlier question of a follow-up, and
 * whether the sentence holds a figure when one is asked for break the remaining ties.
 */
final class SentenceScorer {

    private static final double CONTEXT_SHARE = 0.3;
    private static final double RANK_BONUS = 0.12;
    private static final double FIGURE_BONUS = 0.1;
    private static final double NO_FIGURE_PENALTY = 0.15;
    private static final int MIN_USEFUL_LENGTH = 8;

    private final Map<String, Paragraph> paragraphs;

    SentenceScorer(Map<String, Paragraph> paragraphs) {
        this.paragraphs = Map.copyOf(paragraphs);
    }

    Paragraph paragraph(String id) {
        return paragraphs.get(id);
    }

    List<Candidate> score(QuestionTerms terms, Intent intent, List<Hit> hits) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        double ownTotal = Math.max(terms.ownTotal(), 1e-9);
        double contextTotal = terms.contextTotal();
        for (Hit hit : hits) {
            Passage passage = hit.passage();
            Paragraph p = paragraphs.get(passage.paragraphId());
            for (int i = 0; i < p.sentences().size(); i++) {
                Sentence s = p.sentences().get(i);
                if (s.start() >= passage.end() || s.end() <= passage.start() || !seen.add(p.id() + "#" + i)) {
                    continue;
                }
                Set<String> sentenceTerms = Terms.of(s.text());
                double coverage = QuestionTerms.covered(terms.own, sentenceTerms) / ownTotal;
                double context = contextTotal == 0 ? 0 : QuestionTerms.covered(terms.context, sentenceTerms) / contextTotal;
                double score = coverage + CONTEXT_SHARE * context + RANK_BONUS / Math.sqrt(hit.rank())
                        + figure(intent, s.text()) - (s.text().length() < MIN_USEFUL_LENGTH ? 0.2 : 0);
                out.add(new Candidate(p, i, s, sentenceTerms, coverage, score, hit.rank()));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.paragraph().id())
                .thenComparingInt(Candidate::index));
        return out;
    }

    private static double figure(Intent intent, String text) {
        if (!intent.quantity()) {
            return 0;
        }
        return text.chars().anyMatch(Character::isDigit) || hasChineseCount(text) ? FIGURE_BONUS : -NO_FIGURE_PENALTY;
    }

    private static boolean hasChineseCount(String text) {
        return text.matches(".*[一二两三四五六七八九十百千万][种个项类件所家座条大].*");
    }
}
