package io.reportqa.answer;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import io.reportqa.retrieve.Synonyms;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Whether a sentence answers what was asked: it names the measure asked about (or a synonym), states a value
 * of the class asked for after it (a total in 亿元 is not answered by a growth in %), and speaks of the year
 * asked, as a result or a target as asked. Word overlap ranks the sentences; this decides whether any answers.
 */
final class AnswerCheck {

    /**
     * Share of the measure's character pairs the sentence must hold. Two thirds lets 城镇登记失业率 match
     * 登记失业率 (4 of 6 pairs) and 高考本科上线率 match 本科上线率, while 城镇调查失业率 (3 of 6) does not.
     */
    static final double MIN_FOCUS_SHARE = 0.66;
    /**
     * The same for a name that is not the measure (改造城镇老旧小区, 沿海港口城市): half its pairs, so that
     * 改造老旧小区1000个 (4 of 7) still answers, while a sentence about something else holds none.
     */
    static final double MIN_NAME_SHARE = 0.5;
    /** How far after the measure's name its value may stand (characters, after synonym folding). */
    static final int VALUE_REACH = 40;
    /** How close before the measure's name a value may stand (551万农村贫困人口, 十四个沿海港口城市). */
    static final int VALUE_BEFORE = 8;
    /** 551万农村贫困人口: a figure right before the measure, its unit being the measure itself. */
    private static final java.util.regex.Pattern BARE_FIGURE_BEFORE =
            java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?[万亿千百]?\\s*$");
    /** A rank or a grade, what 第几 and 几类 ask for: 第二位, 第十四届, I类 (水质), Ⅲ级, 五星. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "第[0-9一二三四五六七八九十百]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩivx]+[类级]|[一二三四五六七八九十]+[类级星]",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern CHANGE =
            java.util.regex.Pattern.compile("增|降|涨|幅|速|提高|上升|回落|减少|下滑|扩大|缩小");
    /** Characters before a rate in which the word of change stands (年均增长, 涨幅控制在). */
    private static final int CHANGE_WINDOW = 6;

    private final Map<String, Report> reports;
    private final ValueKinds kinds;
    private final Synonyms synonyms;
    private final Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final ForeignWords foreign;
    private final Map<String, String> headings = new java.util.concurrent.ConcurrentHashMap<>();
    /** Names remembered per report before the memory starts over (questions are unbounded, names short). */
    private static final int MAX_REMEMBERED = 10_000;
    private final Map<String, List<String>> used = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Boolean> absent = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Boolean> lacking = new java.util.concurrent.ConcurrentHashMap<>();

    AnswerCheck(Map<String, Report> reports) {
        this(reports, ValueKinds.DEFAULT, Synonyms.DEFAULT);
    }

    AnswerCheck(Map<String, Report> reports, ValueKinds kinds, Synonyms synonyms) {
        this.reports = reports;
        this.kinds = kinds;
        this.synonyms = synonyms;
        this.foreign = new ForeignWords(() -> reports.values().stream().map(this::reportText).toList());
    }

    /** True when the question says enough about what it wants for sentences to be checked at all. */
    static boolean applies(Asked asked) {
        return asked.measured() || asked.asksAmount() || asked.year().isPresent()
                || asked.relative() != Asked.Relative.NONE || asked.want() != Asked.Want.ANY;
    }

    boolean passes(Asked asked, Paragraph p, String sentence) {
        // Older reports write full-width digits and signs (３０９．８元, １４．７％).
        String text = synonyms.canonical(Normalizer.normalize(sentence, Normalizer.Form.NFKC));
        Report r = reports.get(p.reportId());
        int[] at = {-1, -1};
        if (asked.measured() || asked.asksAmount() && !asked.focus().isEmpty()) {
            at = focusAt(asked, text, r, p);
            if (at == null) {
                return false;
            }
        }
        // An amount asked for with 多少 is answered by a figure, not by a sentence that only names what is asked
        // about (今年城镇新增就业要在实现预期目标的基础上… does not say how many). A list's 哪几个 asks for names.
        if (asked.asksAmount() && !asked.list() && !strictKind(asked) && !hasFigureNear(text, at)) {
            return false;
        }
        if (strictKind(asked) && !hasValue(asked, text, asked.measured() ? at : new int[] {-1, -1})) {
            return false;
        }
        if (r == null) {
            return true;
        }
        SentencePeriod period = SentencePeriod.of(r, p, sentence);
        OptionalInt year = asked.yearFor(SentencePeriod.planYear(r));
        if (year.isPresent() && !period.covers(year.getAsInt())) {
            return false;
        }
        return switch (asked.want()) {
            case RESULT -> period.mode() != SentencePeriod.Mode.TARGET;
            case TARGET -> period.mode() != SentencePeriod.Mode.RESULT || year.isEmpty() && !asked.measured();
            case ANY -> true;
        };
    }

    /**
     * True when the sentence speaks of the asked year alone (城镇新增就业1206万人 under 过去一年), not of a span
     * that holds it (五年来…年均1270多万人).
     */
    boolean speaksOfExactly(Asked asked, Paragraph p, String sentence) {
        Report r = reports.get(p.reportId());
        if (r == null) {
            return false;
        }
        OptionalInt year = asked.yearFor(SentencePeriod.planYear(r));
        return year.isPresent() && !sentence.contains("年均")
                && SentencePeriod.of(r, p, sentence).years().equals(java.util.Set.of(year.getAsInt()));
    }

    /** The part and section headings a paragraph sits under, folded as sentences are. */
    private String headings(Paragraph p) {
        return headings.computeIfAbsent(p.id(), id ->
                synonyms.canonical(Normalizer.normalize(p.part() + "\n" + p.section(), Normalizer.Form.NFKC)));
    }

    /**
     * True when a sentence names the last word of the compound asked about, all of whose words ({@code used}, in
     * order) the report uses, without one of its qualifiers (接待境内外游客 for 接待入境游客): another kind of the
     * thing. A sentence naming none of them is left to the other checks: the asker's compound may be a paraphrase.
     */
    private static boolean namesAnotherKind(List<String> used, String text) {
        return !used.isEmpty() && text.contains(used.get(used.size() - 1)) && !used.stream().allMatch(text::contains);
    }

    /** {@link ForeignWords#usedBy}, once per report and name. */
    private List<String> wordsOf(Report r, String name) {
        if (used.size() > MAX_REMEMBERED) {
            used.clear();
        }
        return used.computeIfAbsent(r.id() + "\n" + name, k -> foreign.usedBy(name, reportText(r)));
    }

    /** {@link ForeignWords#absent}, once per report and name. */
    private boolean absentFrom(Report r, String name) {
        if (absent.size() > MAX_REMEMBERED) {
            absent.clear();
        }
        return absent.computeIfAbsent(r.id() + "\n" + name, k -> foreign.absent(name, reportText(r)));
    }

    /** {@link ForeignWords#lacks}, once per report and name: it segments the name and may scan every report. */
    private boolean lacksWordOf(Report r, String name) {
        if (lacking.size() > MAX_REMEMBERED) {
            lacking.clear();
        }
        return lacking.computeIfAbsent(r.id() + "\n" + name, k -> foreign.lacks(name, reportText(r)) != null);
    }

    /** The report's text, folded as sentences are, to tell the report's own words from the asker's. */
    private String reportText(Report r) {
        return texts.computeIfAbsent(r.id(), id -> {
            StringBuilder all = new StringBuilder();
            r.paragraphs().forEach(p -> all.append(p.text()).append('\n'));
            return synonyms.canonical(Normalizer.normalize(all.toString(), Normalizer.Form.NFKC));
        });
    }

    private static boolean strictKind(Asked asked) {
        // 哪几个 counts the list's items; it does not ask for a count in the sentence.
        return asked.asksAmount() && !asked.list() && !asked.kind().equals(ValueKinds.ANY);
    }

    /** Where the last part of the measure ends in the folded sentence, or -1 when a part is missing. */
    int focusEnd(Asked asked, String text) {
        int[] at = focusAt(asked, text, null, null);
        return at == null ? -1 : at[1];
    }

    /**
     * Where the measure's last part starts and ends in the folded sentence ({-1, -1} when nothing needs to be
     * found), or null when a part the sentence must hold is missing. The measure's own name (its last part) is
     * required; a qualifier before 的 (三江源国家公园的面积) only when the report itself uses those words, and of a
     * question that names no measure, only the words the report uses: the asker's own wording (年初剩下的…) is
     * not the report's. A qualifier may stand in the headings the sentence sits under instead: under
     * "今后五年奋斗目标和主要任务", "一是实现经济实力大跨越" is one of the 主要任务.
     */
    private int[] focusAt(Asked asked, String text, Report r, Paragraph p) {
        String report = r == null ? "" : reportText(r);
        int[] at = {-1, -1};
        List<String> parts = asked.focus();
        for (int i = 0; i < parts.size(); i++) {
            String folded = synonyms.canonical(parts.get(i));
            boolean head = asked.measured() && i == parts.size() - 1;
            boolean used = report.isEmpty() || report.contains(folded);
            if (!head && !used) {
                // The asker's wording may differ from the report's, but not by a word of the field that this
                // report never uses (入境 in 接待入境游客 of a report that speaks of no inbound visitors).
                boolean last = i == parts.size() - 1;
                if (r != null && (lacksWordOf(r, folded) || namesAnotherKind(wordsOf(r, folded), text)
                        || last && absentFrom(r, folded))) {
                    return null;
                }
                continue;
            }
            int exact = text.indexOf(folded);
            if (exact >= 0) {
                at = new int[] {exact, exact + folded.length()};
                continue;
            }
            if (!head && p != null && headings(p).contains(folded)) {
                continue;
            }
            double needed = head ? MIN_FOCUS_SHARE : MIN_NAME_SHARE;
            if (folded.length() >= 3 && share(folded, text) >= needed) {
                at = bigramSpan(folded, text);
                continue;
            }
            // A synonym folded to one mark is matched as written too: 粮食总产量 in "粮食生产…总产量达到853.2亿斤".
            String raw = parts.get(i).toLowerCase(java.util.Locale.ROOT);
            if (raw.length() < 3 || share(raw, text) < needed) {
                return null;
            }
            at = bigramSpan(raw, text);
        }
        return at;
    }

    /** Share of the part's character pairs that the text holds. */
    private static double share(String part, String text) {
        if (part.length() < 2) {
            return text.contains(part) ? 1 : 0;
        }
        int found = 0;
        for (int i = 0; i + 2 <= part.length(); i++) {
            if (text.contains(part.substring(i, i + 2))) {
                found++;
            }
        }
        return (double) found / (part.length() - 1);
    }

    private static int[] bigramSpan(String part, String text) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int i = 0; i + 2 <= part.length(); i++) {
            int b = text.indexOf(part.substring(i, i + 2));
            if (b >= 0) {
                first = Math.min(first, b);
                last = Math.max(last, b + 2);
            }
        }
        return new int[] {first, last};
    }

    /** A figure (digits, or a Chinese numeral with its unit) within reach after the measure, or just before it. */
    private boolean hasFigureNear(String text, int[] at) {
        int from = Math.max(0, at[1]);
        // Without a measure found, a figure anywhere in the sentence will do.
        String after = text.substring(from, at[1] < 0 ? text.length() : Math.min(text.length(), from + VALUE_REACH));
        if (after.chars().anyMatch(Character::isDigit) || !kinds.values(after).isEmpty()
                || ORDINAL.matcher(after).find()) {
            return true;
        }
        return at[0] > 0 && BARE_FIGURE_BEFORE.matcher(text.substring(0, at[0])).find();
    }

    /** A value of the asked class just before the measure (551万农村贫困人口) or within reach after it. */
    private boolean hasValue(Asked asked, String text, int[] at) {
        if (at[0] > 0 && BARE_FIGURE_BEFORE.matcher(text.substring(0, at[0])).find()
                && !ValueKinds.RATE.equals(asked.kind())) {
            return true;
        }
        for (ValueKinds.Value v : kinds.values(text)) {
            boolean after = v.start() >= at[1] - 2 && v.start() - at[1] <= VALUE_REACH;
            boolean before = v.end() <= at[0] && at[0] - v.end() <= VALUE_BEFORE;
            if ((at[1] < 0 || after || before) && fits(asked.kind(), v.kind())
                    && (!asked.growth() || isChange(text, v))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A growth is written as one: 增长6.7%, 下降6.2%, 涨幅控制在3%, 提高2.9个百分点, not 比重上升到51.6% (a level).
     */
    private static boolean isChange(String text, ValueKinds.Value v) {
        String window = text.substring(Math.max(0, v.start() - CHANGE_WINDOW), v.start());
        return CHANGE.matcher(window).find() && !window.endsWith("到");
    }

    private static boolean fits(String asked, String found) {
        if (asked.equals(ValueKinds.AMOUNT)) {
            return !ValueKinds.RATE.equals(found);
        }
        return asked.equals(found);
    }

}
