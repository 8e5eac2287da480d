package io.reportqa.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the numbered headings of a work report: parts {@code 一、} and sections {@code (一)}. */
final class Headings {

    static final Pattern PART_NUMBER = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    static final Pattern SECTION_NUMBER = Pattern.compile("^[(（]([一二三四五六七八九十]{1,3})[)）]");
    /** Words a part title ends with; section titles are phrased as actions and rarely end so. */
    private static final Pattern PART_TITLE_END = Pattern.compile("回顾|任务|安排|工作|建设|要求|目标|思路");
    private static final String TITLE_BREAKS = ",，。;；:：!！?？、";
    private static final String CONNECTORS = "和及与的、";
    private static final int MAX_PART_TITLE = 24;

    private Headings() {
    }

    /** Value of a Chinese numeral from 一 to 九十九. */
    static int numeral(String s) {
        String digits = "一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }

    /**
     * Length of a part title at the start of {@code text} (after the number), or -1 when the text does not
     * read as a part title. Where the title runs into the body without punctuation, it ends at the last
     * title word that is not followed by a connector or another title word ({@code 工作回顾}, {@code 目标和任务}).
     */
    static int partTitleLength(String text) {
        int limit = 0;
        while (limit < text.length() && limit < MAX_PART_TITLE && TITLE_BREAKS.indexOf(text.charAt(limit)) < 0) {
            limit++;
        }
        Matcher m = PART_TITLE_END.matcher(text).region(0, limit);
        while (m.find()) {
            int end = m.end();
            boolean continues = end < text.length()
                    && (CONNECTORS.indexOf(text.charAt(end)) >= 0 || startsWithTitleEnd(text, end));
            if (!continues) {
                return end;
            }
        }
        return -1;
    }

    private static boolean startsWithTitleEnd(String text, int at) {
        Matcher m = PART_TITLE_END.matcher(text).region(at, text.length());
        return m.lookingAt();
    }
}
