package io.reportqa.generate;

import io.reportqa.model.Citation;
import io.reportqa.model.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds, in a cited paragraph, the sentence a generated claim rests on, so a reader can see it highlighted:
 * the one sharing the most numbers with the claim, then the most two-character runs.
 */
final class QuoteMatcher {

    private static final int NUMBER_WEIGHT = 5;

    private QuoteMatcher() {
    }

    static Citation quoted(Source source, List<String> claims) {
        Set<String> numbers = new HashSet<>();
        Set<String> bigrams = new HashSet<>();
        for (String claim : claims) {
            numbers.addAll(CitationCheck.numbers(claim));
            bigrams.addAll(bigrams(claim));
        }
        Sentence best = null;
        int bestScore = 0;
        for (Sentence s : source.paragraph().sentences()) {
            Set<String> shared = CitationCheck.numbers(s.text());
            shared.retainAll(numbers);
            Set<String> common = bigrams(s.text());
            common.retainAll(bigrams);
            int score = NUMBER_WEIGHT * shared.size() + common.size();
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        Citation c = source.citation();
        if (best == null) {
            return c;
        }
        return new Citation(c.index(), c.reportId(), c.reportTitle(), c.section(), c.paragraph(), c.paragraphId(),
                c.text(), c.start(), c.end(), best.text(), best.start(), best.end(), c.score(), c.appendix());
    }

    private static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }
}
