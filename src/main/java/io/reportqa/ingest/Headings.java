package io.reportqa.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the headings of a work report: numbered parts {@code 一、} and sections {@code (一)}, {@code 一是…},
 * unnumbered short lines, {@code ——} sub-headings and appendix titles, and the opening that ends with the
 * salutation.
 */
final class Headings {

    static final Pattern PART_NUMBER = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    static final Pattern SECTION_NUMBER = Pattern.compile("^[(（]([一二三四五六七八九十]{1,3})[)）]");
    /** Words a part title ends with; section titles are phrased as actions and rarely end so. */
    private static final Pattern PART_TITLE_END = Pattern.compile("回顾|任务|安排|工作|建设|要求|目标|思路");
    private static final String TITLE_BREAKS = ",，。;；:：!！?？、";
    private static final String CONNECTORS = "和及与的、";
    private static final int MAX_PART_TITLE = 24;
    /** Longest numbered heading line; longer numbered lines are paragraphs that open with a number. */
    private static final int MAX_HEADING = 40;
    /** Longest unnumbered heading line ({@code 2024年工作回顾}, {@code 名词解释}). */
    private static final int MAX_SHORT_HEADING = 24;
    /** Longest second line of a heading the source broke in two ({@code 三、持续提升政府 / 治理效能和服务水平}). */
    private static final int MAX_CONTINUATION = 12;
    /** Punctuation that only sentences and table rows carry, never a heading. */
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[。，、；：！？,;:!?|…]");
    private static final Pattern HAN_PAIR = Pattern.compile("[\\u4e00-\\u9fa5]{2}");
    private static final Pattern ONE_IS = Pattern.compile("^[一二三四五六七八九十]{1,3}是");
    private static final Pattern APPENDIX = Pattern.compile(
            "^(附件|附录|附表|附[:：])|^[《〈“]?[^。，]{0,16}[》〉”]?(?:有关)?(?:内容)?名词(?:解释|注释|解读|释义)$");
    private static final Pattern SALUTATION = Pattern.compile("^各位代表[：:！!，,。]?$");
    /** How many lines the opening may take before the salutation; a salutation later is a paragraph. */
    private static final int MAX_OPENING_LINES = 15;
    /** Without a salutation, the opening is the short lines before the first paragraph, at most this many. */
    private static final int MAX_BARE_OPENING = 6;
    private static final int MAX_OPENING_LINE = 60;

    private Headings() {
    }

    /** A numbered part title on a line of its own: {@code 一、2024年工作回顾}. */
    static boolean isPartHeading(String line) {
        return PART_NUMBER.matcher(line).find() && line.length() <= MAX_HEADING && !line.contains("。");
    }

    /** A short line with no sentence punctuation: a heading, whatever its style or numbering. */
    static boolean isShortHeading(String line) {
        return line.length() <= MAX_SHORT_HEADING && HAN_PAIR.matcher(line).find()
                && !SENTENCE_MARKS.matcher(line).find() && !SALUTATION.matcher(line).find();
    }

    /** The second half of a part title the source broke over two lines: the first half ends mid-title. */
    static boolean continuesHeading(String part, String line) {
        return line.length() <= MAX_CONTINUATION && isShortHeading(line) && !PART_NUMBER.matcher(line).find()
                && !SECTION_NUMBER.matcher(line).find() && !endsWithTitleWord(part);
    }

    static boolean isSubHeading(String line) {
        return line.startsWith("——") && line.length() <= MAX_HEADING && !line.contains("。");
    }

    /** A line that opens a section: {@code (一)…}, or a short {@code 一是…} line. */
    static boolean opensSection(String line) {
        return SECTION_NUMBER.matcher(line).find()
                || ONE_IS.matcher(line).find() && line.length() <= MAX_HEADING && !line.contains("。");
    }

    static boolean isAppendixTitle(String line) {
        return line.length() <= MAX_HEADING && APPENDIX.matcher(line).find();
    }

    /**
     * How many of the report's first lines are its opening (dateline, speaker, salutation): up to the salutation,
     * or, without one, the short lines before the first paragraph or part heading.
     */
    static int openingLength(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), MAX_OPENING_LINES); i++) {
            if (SALUTATION.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        int n = 0;
        while (n < Math.min(lines.size(), MAX_BARE_OPENING)) {
            String line = lines.get(n);
            if (line.length() > MAX_OPENING_LINE || line.contains("。") || isPartHeading(line)) {
                break;
            }
            n++;
        }
        return n;
    }

    private static boolean endsWithTitleWord(String part) {
        Matcher m = PART_TITLE_END.matcher(part);
        boolean ends = false;
        while (m.find()) {
            ends = m.end() == part.length();
        }
        return ends;
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
