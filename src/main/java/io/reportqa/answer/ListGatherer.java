package io.reportqa.answer;

import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Gathers the items of a list where the report lays them out after a sentence that announces it
 * ({@code 重点做好以下7个方面工作:}, {@code 主要预期目标是:…；…；}): the sentences that follow in the same paragraph
 * while the enumeration runs on (items joined by ；, or 一是…二是…), else the numbered sections that follow
 * ({@code 一、…} … {@code 七、…}, {@code （一）…}), each section's opening sentence standing for its item.
 */
final class ListGatherer {

    /** Items a list gives when the question does not say how many (a report's lists run to about a dozen). */
    static final int MAX_ITEMS = 12;
    static final int MAX_CHARS = 800;
    /** How many paragraphs past the lead a section list may run (a 2022年重点工作 part runs to about 60). */
    private static final int MAX_PARAGRAPHS = 90;
    private static final Pattern ANNOUNCES = Pattern.compile("[:：]\\s*$|以下|如下|[0-9一二两三四五六七八九十]+(?:个方面|项|点|大)");
    private static final Pattern ENDS_ITEM = Pattern.compile("[；;]\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[,，、])");

    /** An item opening with its ordinal: 一是…, 第二,…, （三）…, 四、… . Group 1 is the numeral. */
    private static final Pattern ORDINAL = Pattern.compile(
            "^\\s*(?:([一二三四五六七八九十]{1,2})是|第([一二三四五六七八九十]{1,2})[,，、是]|[（(]([一二三四五六七八九十]{1,2})[)）]|([一二三四五六七八九十]{1,2})、)");
    private static final String[] STYLES = {"%s是", "第%s", "（%s）", "%s、"};
    private static final String NUMERALS = "一二三四五六七八九十";
    /** Paragraphs without the next item that may stand between two items (an item's own second paragraph). */
    private static final int MAX_GAP = 3;

    private final Function<String, Paragraph> paragraphs;

    ListGatherer(Function<String, Paragraph> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** True when the sentence opens a list rather than being one of its items. */
    static boolean announces(String sentence) {
        return ANNOUNCES.matcher(sentence).find() && sentence.length() < 120
                || sentence.contains("：") || sentence.contains(":");
    }

    /** The items after {@code lead}, at most {@code wanted} (all, up to {@link #MAX_ITEMS}, when 0). */
    List<Candidate> gather(Candidate lead, int wanted) {
        int limit = wanted > 0 ? wanted : MAX_ITEMS;
        List<Candidate> inParagraph = following(lead, limit);
        String t = lead.sentence().text().strip();
        boolean opensSections = t.endsWith(":") || t.endsWith("：");
        if (!inParagraph.isEmpty() && !(opensSections && inParagraph.size() < Math.max(wanted, 2))) {
            return inParagraph;
        }
        List<Candidate> sections = sections(lead, limit);
        return sections.size() > inParagraph.size() ? sections : inParagraph;
    }

    /** True when the sentence is an item of a numbered sequence (一是…, （二）…). */
    static boolean isOrdinalItem(String sentence) {
        return ORDINAL.matcher(sentence).find();
    }

    /**
     * The whole numbered sequence an item belongs to (一是…二是…六是…, one a paragraph or several in one),
     * in order and within the item's part, at most {@code wanted} items from the first (all when 0).
     */
    List<Candidate> sequence(Candidate item, int wanted) {
        var m = ORDINAL.matcher(item.sentence().text());
        if (!m.find()) {
            return List.of(item);
        }
        int style = 0;
        while (m.group(style + 1) == null) {
            style++;
        }
        int k = number(m.group(style + 1));
        List<Candidate> before = new ArrayList<>();
        Candidate at = item;
        for (int n = k - 1; n >= 1 && at != null; n--) {
            at = find(at, prefix(style, n), -1);
            if (at != null) {
                before.add(0, at);
            }
        }
        List<Candidate> out = new ArrayList<>(before);
        out.add(item);
        at = item;
        int limit = wanted > 0 ? wanted : MAX_ITEMS;
        for (int n = k + 1; n <= NUMERALS.length() && at != null && out.size() < limit; n++) {
            at = find(at, prefix(style, n), 1);
            if (at != null) {
                out.add(at);
            }
        }
        return out.subList(0, Math.min(out.size(), limit));
    }

    private static int number(String numeral) {
        if (numeral.length() == 2) {
            return numeral.charAt(0) == '十' ? 10 + NUMERALS.indexOf(numeral.charAt(1)) + 1 : 10;
        }
        return NUMERALS.indexOf(numeral.charAt(0)) + 1;
    }

    private static String prefix(int style, int n) {
        String numeral = n <= 10 ? NUMERALS.substring(n - 1, n) : "十" + NUMERALS.charAt(n - 11);
        return String.format(STYLES[style], numeral);
    }

    /** The sentence opening with {@code prefix} nearest to {@code from} in one direction, within its part. */
    private Candidate find(Candidate from, String prefix, int direction) {
        Paragraph p = from.paragraph();
        for (int i = from.index() + direction; i >= 0 && i < p.sentences().size(); i += direction) {
            if (p.sentences().get(i).text().strip().startsWith(prefix)) {
                return new Candidate(p, i, p.sentences().get(i), p.sentences().get(i).text(), 0, from.score(),
                        from.rank());
            }
        }
        for (int gap = 1; gap <= MAX_GAP; gap++) {
            Paragraph next = paragraphs.apply(p.reportId() + "/p" + (p.number() + direction * gap));
            if (next == null || !next.part().equals(p.part()) || next.kind() != ParagraphKind.TEXT) {
                return null;
            }
            for (int i = 0; i < next.sentences().size(); i++) {
                if (next.sentences().get(i).text().strip().startsWith(prefix)) {
                    return new Candidate(next, i, next.sentences().get(i), next.sentences().get(i).text(), 0,
                            from.score(), from.rank());
                }
            }
        }
        return null;
    }

    private List<Candidate> following(Candidate lead, int limit) {
        Paragraph p = lead.paragraph();
        List<Candidate> out = new ArrayList<>();
        int chars = lead.sentence().text().length();
        boolean runsOn = true;
        for (int i = lead.index() + 1; i < p.sentences().size() && out.size() < limit && runsOn; i++) {
            Sentence s = p.sentences().get(i);
            chars += s.text().length();
            if (chars > MAX_CHARS) {
                break;
            }
            out.add(new Candidate(p, i, s, s.text(), 0, lead.score(), lead.rank()));
            runsOn = ENDS_ITEM.matcher(s.text()).find() || NUMBERED.matcher(s.text()).find()
                    || s.text().startsWith(ordinal(out.size() + 1));
        }
        return out;
    }

    private static String ordinal(int n) {
        return "一二三四五六七八九十".substring(Math.min(n, 10) - 1, Math.min(n, 10)) + "是";
    }

    private List<Candidate> sections(Candidate lead, int limit) {
        Paragraph p = lead.paragraph();
        List<Candidate> out = new ArrayList<>();
        String seen = p.section();
        for (int n = p.number() + 1; n <= p.number() + MAX_PARAGRAPHS && out.size() < limit; n++) {
            Paragraph next = paragraphs.apply(p.reportId() + "/p" + n);
            if (next == null || !next.part().equals(p.part()) || next.kind() != ParagraphKind.TEXT) {
                break;
            }
            if (next.section().isEmpty() || next.section().equals(seen) || next.sentences().isEmpty()) {
                continue;
            }
            seen = next.section();
            Sentence first = next.sentences().get(0);
            out.add(new Candidate(next, 0, first, first.text(), 0, lead.score(), lead.rank()));
        }
        return out;
    }
}
