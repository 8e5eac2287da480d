package io.reportqa.answer;

import io.reportqa.retrieve.PlaceDirectory;
import io.reportqa.retrieve.QuestionWords;
import io.reportqa.retrieve.Synonyms;
import io.reportqa.retrieve.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The content terms of a question with their weights. Terms are SmartChinese words plus whole numbers and
 * Latin words; a single character counts only when it is rare (馕, not 的). Weight is rarity in the corpus,
 * less for a year (reports rarely repeat the year they speak of) and less again for words carried over from an
 * earlier question.
 */
final class QuestionTerms {

    private static final double YEAR_WEIGHT = 0.3;
    private static final double CONTEXT_WEIGHT = 0.4;
    private static final double MAX_SINGLE_CHAR_SHARE = 0.01;
    /** 2022年, 2020年末: the year is kept as a number term; the 年 must not pair with the next character. */
    private static final Pattern YEAR_PHRASE = Pattern.compile("((?:19|20)\\d{2})年[末初底度]?");
    /** Function characters: a bigram holding one is an artifact of segmentation (年要, 的市), not a word. */
    /** Words naming the report or the national scope, which say where to look. */
    private static final Pattern WHERE = Pattern.compile("国务院|政府工作报告|工作报告");
    private static final String FUNCTION_CHARS = "的了是在和与及等把被对将要也都就而或其之为于以由年个";

    final Map<String, Double> own = new LinkedHashMap<>();
    /** True for "那2022年呢?": the earlier question asked again about another year. */
    final boolean yearIsTheQuestion;
    final Map<String, Double> context = new LinkedHashMap<>();

    private final String question;
    private final PlaceDirectory places;

    private QuestionTerms(QuestionTerms of, String question) {
        this.places = of.places;
        this.question = question;
        this.own.putAll(of.own);
        this.context.putAll(of.context);
        this.yearIsTheQuestion = of.yearIsTheQuestion;
    }

    QuestionTerms(Question q, PlaceDirectory places, TermStats stats) {
        this.places = places;
        this.question = q.context().isEmpty() ? q.text() : q.context() + " " + q.text();
        add(own, q.text(), 1.0, places, stats);
        boolean onlyYears = own.keySet().stream().allMatch(QuestionTerms::isYear);
        yearIsTheQuestion = onlyYears && !own.isEmpty();
        // "那2022年呢?" asks the earlier question again: its words are the whole topic, not a hint.
        add(onlyYears ? own : context, q.context(), onlyYears ? 1.0 : CONTEXT_WEIGHT, places, stats);
        context.keySet().removeAll(own.keySet());
    }

    /** The question as asked, with the earlier question of a follow-up before it. */
    String question() {
        return question;
    }

    /** The same terms, for one place of a comparison: the question's text no longer names the others. */
    QuestionTerms about(String place, java.util.Collection<String> allPlaces) {
        List<String> others = allPlaces.stream().filter(p -> !p.equals(place)).toList();
        return new QuestionTerms(this, places.withoutPlaces(question, others));
    }

    /**
     * A sentence without the names of report places: the question always names its place, so a sentence that
     * happens to name it too would look closer in meaning than it is.
     */
    String placeless(String text) {
        return places.withoutPlaces(text).replaceAll("\\s+", " ").strip();
    }

    double ownTotal() {
        return own.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double contextTotal() {
        return context.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Weight of the terms the sentence contains, itself or as a synonym. */
    static double covered(Map<String, Double> weights, String sentence) {
        double sum = 0;
        for (var e : weights.entrySet()) {
            if (sentence.contains(e.getKey())
                    || Synonyms.DEFAULT.variantsOf(e.getKey()).stream().anyMatch(sentence::contains)) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private static void add(Map<String, Double> into, String text, double weight, PlaceDirectory places,
            TermStats stats) {
        if (text.isBlank()) {
            return;
        }
        // "2025年国务院政府工作报告里…" says where to look, like a place name, not what to find.
        String where = WHERE.matcher(YearScope.REPORT_OF_YEAR.matcher(places.withoutPlaces(text)).replaceAll(" "))
                .replaceAll(" ");
        String content = QuestionWords.strip(Synonyms.DEFAULT.inChinese(where));
        for (String t : words(YEAR_PHRASE.matcher(content).replaceAll(" "), stats)) {
            into.merge(t, stats.idf(t) * weight, Math::max);
        }
        for (String t : Terms.of(YEAR_PHRASE.matcher(content).replaceAll(" $1 "))) {
            if (!Terms.isCjk(t.charAt(0))) {
                into.merge(t, stats.idf(t) * weight * (isYear(t) ? YEAR_WEIGHT : 1.0), Math::max);
            }
        }
    }

    /**
     * Words of two or more characters as segmented. The segmenter breaks words it does not know into single
     * characters (市运会 → 市 运 会); a run of those yields its bigrams that the corpus uses, and a lone character
     * only when it is rare (馕, not 的).
     */
    private static List<String> words(String text, TermStats stats) {
        List<String> out = new ArrayList<>();
        for (Segments.Segment seg : Segments.of(text)) {
            if (seg.run()) {
                runTerms(seg.text(), out, stats);
            } else {
                out.add(seg.text());
            }
        }
        return out;
    }

    private static void runTerms(String run, List<String> out, TermStats stats) {
        if (run.length() == 1 && stats.share(run) < MAX_SINGLE_CHAR_SHARE) {
            out.add(run);
        }
        for (int i = 0; i + 2 <= run.length(); i++) {
            String bigram = run.substring(i, i + 2);
            boolean function = FUNCTION_CHARS.indexOf(bigram.charAt(0)) >= 0 || FUNCTION_CHARS.indexOf(bigram.charAt(1)) >= 0;
            if (!function && stats.share(bigram) > 0) {
                out.add(bigram);
            }
        }
    }

    private static boolean isYear(String t) {
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && t.chars().allMatch(Character::isDigit);
    }
}
