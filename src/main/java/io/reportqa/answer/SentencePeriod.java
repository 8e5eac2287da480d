package io.reportqa.answer;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a sentence speaks of, and whether it reports a result or sets a target. A report plans the year it is
 * delivered in (or the next, when delivered from October on) and reviews the year before: its parts say which
 * ({@code 一、2021年工作回顾}, {@code 二、2022年工作安排}); a sentence's own year words (2021年, 去年, 今年) win
 * over its part's.
 *
 * @param years the years spoken of; empty when nothing tells
 * @param mode result, target, or unknown
 * @param plan the year its report plans
 */
record SentencePeriod(Set<Integer> years, Mode mode, int plan) {

    enum Mode {
        UNKNOWN, RESULT, TARGET
    }

    /** Reports delivered from this month on plan the following year (a December report for next year). */
    private static final int LATE_MONTH = 10;
    private static final int REVIEW_SPAN = 5;
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern LAST_YEAR = Pattern.compile("去年|上年|过去一年");
    private static final Pattern THIS_YEAR = Pattern.compile("今年|本年");
    private static final Pattern ANY_YEAR = Pattern.compile("(?:19|20)\\d{2}年|去年|上年|过去一年|今年|本年");
    private static final Pattern FIVE_YEARS = Pattern.compile("过去五年|五年来|这五年|十三五|“十三五”");
    private static final Pattern REVIEW_PART = Pattern.compile("回顾|过去|去年|成绩|成就|总结");
    private static final Pattern PLAN_PART = Pattern.compile("安排|今年|重点工作|主要任务|工作任务|目标|建议|思路|部署");
    /** 到2026年, 到“十四五”末: a year ahead, so a target. */
    private static final Pattern AHEAD = Pattern.compile("到(?:20\\d{2}年|“十[四五六]五”末)");
    private static final Pattern TARGET_WORDS = Pattern.compile("预期目标|目标|力争|左右|确保|计划|争取|预计");
    private static final Pattern RESULT_WORDS = Pattern.compile("完成|实现了|达到|突破|累计|同比|比上年|较上年|增长|下降");

    static int planYear(Report r) {
        if (r.date() != null) {
            return r.date().getMonthValue() >= LATE_MONTH ? r.date().getYear() + 1 : r.date().getYear();
        }
        return r.year();
    }

    static SentencePeriod of(Report report, Paragraph p, String raw) {
        // Older reports write full-width figures (１９５５年).
        String sentence = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        int plan = planYear(report);
        Set<Integer> own = yearsIn(sentence, plan);
        if (own.isEmpty()) {
            own = lastYearBefore(p.text(), raw, plan);
        }
        Set<Integer> ofPart = partYears(p, plan);
        boolean planPart = ofPart.size() == 1 && ofPart.contains(plan);
        boolean reviewPart = !ofPart.isEmpty() && !ofPart.contains(plan);
        Set<Integer> years = own.isEmpty() ? ofPart : own;
        Mode mode;
        if (!own.isEmpty() && own.stream().allMatch(y -> y > plan) || AHEAD.matcher(sentence).find()) {
            mode = Mode.TARGET;
        } else if (!own.isEmpty() && own.stream().allMatch(y -> y < plan) && !TARGET_WORDS.matcher(sentence).find()) {
            mode = Mode.RESULT;
        } else if (planPart || TARGET_WORDS.matcher(sentence).find() && !reviewPart) {
            mode = Mode.TARGET;
        } else if (reviewPart || RESULT_WORDS.matcher(sentence).find()) {
            mode = Mode.RESULT;
        } else {
            mode = Mode.UNKNOWN;
        }
        return new SentencePeriod(years, mode, plan);
    }

    /**
     * True when the sentence can speak of {@code year}: it names it, or nothing says otherwise and the year is
     * within its report's reach (the five years it may review, the five it may plan): a 1981 report's sentence with
     * no year of its own does not speak of 1945.
     */
    boolean covers(int year) {
        return years.isEmpty() ? Math.abs(year - plan) <= REVIEW_SPAN : years.contains(year);
    }

    private static Set<Integer> yearsIn(String text, int plan) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        if (LAST_YEAR.matcher(text).find()) {
            out.add(plan - 1);
        }
        if (THIS_YEAR.matcher(text).find()) {
            out.add(plan);
        }
        return out;
    }

    /**
     * The year the paragraph last named before the sentence: "2021年,全市经济总量2581.3亿元。人均…" goes on
     * about 2021, and "力争到2026年实现以下目标:…；…；" lists targets for 2026.
     */
    private static Set<Integer> lastYearBefore(String paragraph, String sentence, int plan) {
        int at = paragraph.indexOf(sentence);
        if (at <= 0) {
            return Set.of();
        }
        Matcher m = ANY_YEAR.matcher(Normalizer.normalize(paragraph.substring(0, at), Normalizer.Form.NFKC));
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last == null ? Set.of() : yearsIn(last, plan);
    }

    private static Set<Integer> partYears(Paragraph p, int plan) {
        String heading = p.part() + " " + p.section();
        Set<Integer> named = yearsIn(heading, plan);
        if (!named.isEmpty()) {
            return named;
        }
        Set<Integer> out = new TreeSet<>();
        if (FIVE_YEARS.matcher(heading).find()) {
            for (int y = plan - REVIEW_SPAN; y < plan; y++) {
                out.add(y);
            }
        } else if (REVIEW_PART.matcher(heading).find()) {
            out.add(plan - 1);
        } else if (PLAN_PART.matcher(heading).find()) {
            out.add(plan);
        }
        return out;
    }
}
