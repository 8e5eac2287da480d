package io.reportqa.answer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Qualifiers of a question's compound name that one report never uses while other reports do. When the thing
 * asked about (<b>入境</b>游客) carries a qualifier the whole report lacks but other reports use, the report does
 * not speak of that kind of thing. Only compounds of whole words are judged: a paraphrase in a clause of the
 * asker's own (城里吃低保的困难户) says nothing either way, nor does a word no report uses at all.
 */
final class ForeignWords {

    /** Longest compound judged (characters): 接待入境游客 is 6, the measures of reports rarely run past 8. */
    private static final int MAX_COMPOUND = 8;
    /** Longest name of a thing judged absent (火星探测器发射次数 is 9); longer runs are clauses in the asker's words. */
    private static final int MAX_NAME = 10;
    /** Shortest name judged absent (咖啡店): two characters are as often an adverb of the asker's (一共) as a name. */
    private static final int MIN_NAME = 3;
    /** Words remembered before the memory starts over: questions bring new words without end. */
    private static final int MAX_REMEMBERED = 10_000;

    private final Supplier<Collection<String>> allTexts;
    private final Map<String, Boolean> usedSomewhere = new ConcurrentHashMap<>();

    /** {@code allTexts}: every report's text, folded as the report text handed to {@link #lacks} is. */
    ForeignWords(Supplier<Collection<String>> allTexts) {
        this.allTexts = allTexts;
    }

    /**
     * A qualifying word of {@code part}, a compound name (接待入境游客), that {@code report} lacks and some report
     * uses, while the report does use the compound's last word (游客): the report speaks of the kind of thing but
     * never of the kind asked about, and a sentence matching the other words (游客…万人次) or only the unit
     * (客流量达136万人次) answers something else. Null otherwise: a part that is not a compound, or whose last word
     * the report does not use either, is the asker's own wording (年初剩下, 工资每月), which says nothing.
     */
    String lacks(String part, String report) {
        List<String> words = words(part);
        if (!compound(part, words) || !report.contains(words.get(words.size() - 1))) {
            return null;
        }
        if (usedSomewhere.size() > MAX_REMEMBERED) {
            usedSomewhere.clear();
        }
        for (String w : words.subList(0, words.size() - 1)) {
            if (!report.contains(w) && usedSomewhere.computeIfAbsent(w, this::anyUses)) {
                return w;
            }
        }
        return null;
    }

    /**
     * True when {@code part}, the name of the thing asked about (not a clause), has no word that {@code report}
     * uses (咖啡店, 比特币挖矿 of a report that never writes 咖啡 or 比特币): the report does not speak of it, and
     * sentences that match the question's other words or its unit are about something else. Whether other reports
     * use a word is not asked here: that depends on how many reports are loaded (a word of the asker's, 开销, is
     * in no report of a small corpus).
     */
    boolean absent(String part, String report) {
        List<String> words = words(part, true);
        if (words.isEmpty() || part.length() < MIN_NAME || part.length() > MAX_NAME
                || part.length() - length(words) > 1) {
            return false;
        }
        // A run the segmenter did not know (比特币挖矿) counts as a word: a report using it would name it.
        return words.stream().noneMatch(report::contains);
    }

    private static int length(List<String> words) {
        return words.stream().mapToInt(String::length).sum();
    }

    /**
     * True for a short name made of whole words (入境游客, 接待入境游客), with at most one character to spare
     * (跨境人民币结算量): a compound noun, whose first words qualify its last. A longer run or one with several
     * single characters (台湾水果进口量已经连续, 运动员在巴黎奥运会上拿了) is a clause, whose words do not qualify one
     * another.
     */
    private static boolean compound(String part, List<String> words) {
        int covered = words.stream().mapToInt(String::length).sum();
        return words.size() >= 2 && part.length() <= MAX_COMPOUND && part.length() - covered <= 1;
    }

    /**
     * The words of {@code part}, a compound name, when {@code report} uses every one of them (入境, 游客 of
     * 接待入境游客 in a report that writes of 入境游客 elsewhere); empty when it is not a compound or the report
     * lacks a word (the asker's own wording).
     */
    List<String> usedBy(String part, String report) {
        List<String> words = words(part);
        return compound(part, words) && words.stream().allMatch(report::contains) ? words : List.of();
    }

    private boolean anyUses(String word) {
        return allTexts.get().stream().anyMatch(t -> t.contains(word));
    }

    /**
     * Words of two or more Chinese characters as SmartChinese segments them. A word it does not know it breaks
     * into single characters (比特币挖矿 → 比 特 币 挖 矿), which are left out: such a run may be a name or only
     * particles run together, and a compound's qualifier (高铁 → 高 铁 of 高铁运营里程) is judged by known words alone.
     */
    static List<String> words(String text) {
        return words(text, false);
    }

    /** With {@code runs}, a run of two or more single characters counts as one word too (see {@link #absent}). */
    private static List<String> words(String text, boolean runs) {
        return Segments.of(text).stream()
                .filter(seg -> seg.run() ? runs && seg.text().length() >= 2 : han(seg.text()))
                .map(Segments.Segment::text).toList();
    }

    private static boolean han(String word) {
        return word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
