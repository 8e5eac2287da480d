package io.reportqa.answer;

import io.reportqa.model.Hit;
import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Passage;
import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the sentences of the retrieved passages against the question. The main signal is how much of the
 * question's rare vocabulary a sentence contains; retrieval rank, the earlier question of a follow-up, and
 * whether the sentence holds a figure when one is asked for break the remaining ties.
 */
final class SentenceScorer {

    private static final double CONTEXT_SHARE = 0.3;
    static final double RANK_BONUS = 0.12;
    private static final double FIGURE_BONUS = 0.1;
    private static final double NO_FIGURE_PENALTY = 0.15;
    private static final double ENUMERATION_BONUS = 0.1;
    /**
     * A sentence that lays out the very list asked for (集成电路、生物医药、人工智能三大先导产业) over one that only
     * names it (全力落实三大先导产业新一轮“上海方案”), which holds the same rare words.
     */
    private static final double NAMED_LIST_BONUS = 0.3;
    private static final double UNIT_PENALTY = 0.25;
    private static final int LONG_SENTENCE = 120;
    private static final double LENGTH_PENALTY_PER_CHAR = 0.001;
    private static final Pattern FIGURE_WITH_UNIT = Pattern.compile("[0-9.一二两三四五六七八九十]+\\s*([\\u4e00-\\u9fa5]{1,3})");
    private static final double PERIOD_BONUS = 0.1;
    /** Sentences of a hit's paragraph outside the hit itself are candidates too, at a small discount. */
    private static final double OUTSIDE_PASSAGE_PENALTY = 0.05;
    private static final double YEAR_QUESTION_FACTOR = 3;
    private static final int MIN_USEFUL_LENGTH = 8;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}(?=年)");

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
        for (Hit hit : hits) {
            Paragraph p = paragraphs.get(hit.passage().paragraphId());
            if (p.kind() != ParagraphKind.TEXT) {
                continue;
            }
            for (int i = 0; i < p.sentences().size(); i++) {
                if (seen.add(p.id() + "#" + i)) {
                    out.add(candidate(terms, intent, hit, p, i));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.paragraph().id())
                .thenComparingInt(Candidate::index));
        return out;
    }

    /** The best of the sentences inside the hit's own passage, empty when its paragraph is not body text. */
    Optional<Candidate> best(QuestionTerms terms, Intent intent, Hit hit) {
        Paragraph p = paragraphs.get(hit.passage().paragraphId());
        if (p == null || p.kind() != ParagraphKind.TEXT) {
            return Optional.empty();
        }
        Candidate best = null;
        for (int i = 0; i < p.sentences().size(); i++) {
            Sentence s = p.sentences().get(i);
            if (s.start() < hit.passage().end() && s.end() > hit.passage().start()) {
                Candidate c = candidate(terms, intent, hit, p, i);
                if (best == null || c.score() > best.score()) {
                    best = c;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Candidate candidate(QuestionTerms terms, Intent intent, Hit hit, Paragraph p, int i) {
        Passage passage = hit.passage();
        Sentence s = p.sentences().get(i);
        double ownTotal = Math.max(terms.ownTotal(), 1e-9);
        double contextTotal = terms.contextTotal();
        String folded = s.text().toLowerCase(Locale.ROOT);
        double coverage = QuestionTerms.covered(terms.own, withHeadings(intent, p, folded)) / ownTotal
                - (lacksUnit(intent, s.text()) ? UNIT_PENALTY : 0);
        double context = contextTotal == 0 ? 0 : QuestionTerms.covered(terms.context, folded) / contextTotal;
        boolean inPassage = s.start() < passage.end() && s.end() > passage.start();
        double score = coverage + CONTEXT_SHARE * context + RANK_BONUS / Math.sqrt(hit.rank())
                - (inPassage ? 0 : OUTSIDE_PASSAGE_PENALTY)
                + figure(intent, s.text()) + enumeration(intent, s.text())
                + period(intent, p, s.text()) * (terms.yearIsTheQuestion ? YEAR_QUESTION_FACTOR : 1)
                - (s.text().length() < MIN_USEFUL_LENGTH ? 0.2 : 0) - verbosity(s.text());
        return new Candidate(p, i, s, folded, coverage, score, hit.rank());
    }

    /**
     * For a list question, the sentence with the headings it sits under: an item (一是实现经济实力大跨越) rarely
     * repeats the name of the list it belongs to (今后五年的主要任务), which its part or section heading carries.
     */
    private static String withHeadings(Intent intent, Paragraph p, String folded) {
        if (!intent.list()) {
            return folded;
        }
        return folded + "\n" + (p.part() + "\n" + p.section()).toLowerCase(Locale.ROOT);
    }

    private static double figure(Intent intent, String text) {
        // 哪几个 asks for names: a list's items need no figure.
        if (!intent.quantity() || intent.list()) {
            return 0;
        }
        return text.chars().anyMatch(Character::isDigit) || hasChineseCount(text) ? FIGURE_BONUS : -NO_FIGURE_PENALTY;
    }

    /** Long sentences match more words by chance; past a normal length each extra 100 characters costs a little. */
    private static double verbosity(String text) {
        return Math.max(0, text.length() - LONG_SENTENCE) * LENGTH_PENALTY_PER_CHAR;
    }

    /** A question asking 多少万人 is not answered by a sentence with no figure in 万人 (a rate, say). */
    private static boolean lacksUnit(Intent intent, String text) {
        if (intent.unit().isEmpty()) {
            return false;
        }
        String asked = withoutMagnitude(intent.unit());
        Matcher m = FIGURE_WITH_UNIT.matcher(text);
        while (m.find()) {
            if (withoutMagnitude(m.group(1)).startsWith(asked)) {
                return false;
            }
        }
        return true;
    }

    /** 万人 and 人 ask the same thing; the magnitude is the figure's business. */
    private static String withoutMagnitude(String unit) {
        return unit.replaceFirst("^[万亿]+", "");
    }

    /** A list question is best answered by a sentence that enumerates (甲、乙、丙). */
    private static double enumeration(Intent intent, String text) {
        if (!intent.list()) {
            return 0;
        }
        if (intent.listName().filter(name -> name.laidOutIn(text) || name.headsItem(text)).isPresent()) {
            return NAMED_LIST_BONUS;
        }
        long commas = text.chars().filter(c -> c == '、').count();
        return commas >= 2 ? ENUMERATION_BONUS : 0;
    }

    /**
     * Reports review one year and plan the next in different parts, whose titles usually carry the year
     * ({@code 一、2021年工作回顾}, {@code 二、2022年工作安排}): a sentence under the year the question asks about
     * is preferred, one under another year is not; a sentence that names a year itself is judged by that year. Without a year, 去年 looks for the review, 今年…目标 for the plans.
     */
    private static double period(Intent intent, Paragraph p, String sentence) {
        if (intent.year().isPresent()) {
            Matcher own = YEAR.matcher(sentence);
            if (own.find()) {
                return sentence.contains(intent.year().getAsInt() + "年") ? PERIOD_BONUS : -PERIOD_BONUS;
            }
        }
        Matcher m = YEAR.matcher(p.part());
        if (intent.year().isPresent() && m.find()) {
            return Integer.parseInt(m.group()) == intent.year().getAsInt() ? PERIOD_BONUS : -PERIOD_BONUS;
        }
        if (intent.period() == Question.Period.ANY || p.part().isEmpty()) {
            return 0;
        }
        boolean review = p.part().contains("回顾");
        return review == (intent.period() == Question.Period.REVIEW) ? PERIOD_BONUS : -PERIOD_BONUS;
    }

    private static boolean hasChineseCount(String text) {
        return text.matches(".*[一二两三四五六七八九十百千万][种个项类件所家座条大].*");
    }
}
