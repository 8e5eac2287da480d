package io.reportqa.answer;

import io.reportqa.retrieve.PlaceDirectory;
import io.reportqa.retrieve.QuestionWords;
import io.reportqa.retrieve.Terms;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The content terms of a question with their weights: rarity in the corpus, less for a year (reports rarely
 * repeat the year they speak of) and less again for words carried over from an earlier question.
 */
final class QuestionTerms {

    private static final double YEAR_WEIGHT = 0.3;
    private static final double CONTEXT_WEIGHT = 0.4;

    final Map<String, Double> own = new LinkedHashMap<>();
    final Map<String, Double> context = new LinkedHashMap<>();

    QuestionTerms(Question q, PlaceDirectory places, TermStats stats) {
        add(own, q.text(), 1.0, places, stats);
        add(context, q.context(), CONTEXT_WEIGHT, places, stats);
        context.keySet().removeAll(own.keySet());
    }

    double ownTotal() {
        return own.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double contextTotal() {
        return context.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static void add(Map<String, Double> into, String text, double weight, PlaceDirectory places,
            TermStats stats) {
        if (text.isBlank()) {
            return;
        }
        for (String t : Terms.of(QuestionWords.strip(places.withoutPlaces(text)))) {
            double w = stats.idf(t) * weight * (isYear(t) ? YEAR_WEIGHT : 1.0);
            into.merge(t, w, Math::max);
        }
    }

    static double covered(Map<String, Double> weights, Set<String> sentenceTerms) {
        double sum = 0;
        for (var e : weights.entrySet()) {
            if (sentenceTerms.contains(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private static boolean isYear(String t) {
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && t.chars().allMatch(Character::isDigit);
    }
}
