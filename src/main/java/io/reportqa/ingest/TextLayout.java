package io.reportqa.ingest;

import java.util.regex.Pattern;

/**
 * Brings a plain-text report to one paragraph a line, the shape the structure reader reads. Texts copied from web
 * pages often mark paragraphs with blank lines and break lines inside a paragraph wherever the page had a link or
 * a fixed width ({@code 在聽了劉少奇同志\n關於憲法草案的報告\n並進行了…}); such breaks are joined. A text that never
 * uses blank lines between paragraphs is left as it is, and so is every line that ends a sentence, opens with an
 * indent, is a numbered heading or is furniture.
 */
public final class TextLayout {

    /** Blank-line paragraph breaks a text must have before its single line breaks are read as wrapping. */
    private static final int MIN_BLANK_BREAKS = 5;
    /** A line that ends one of these ends its paragraph even without a blank line after it. */
    private static final String SENTENCE_ENDS = "。！？!?；;：:”’\"」』";
    /** Invisible characters that some pages leave on otherwise empty lines (zero-width space, BOM, …). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
    /** A line indented by two or more spaces opens a paragraph of its own. */
    private static final Pattern INDENT = Pattern.compile("[ \\t\\u3000\\u00A0]{2,}");
    private static final int MAX_HEADING = 40;
    private static final Pattern INVISIBLE_LINE = Pattern.compile("(?m)^[\\u200B-\\u200D\\u2060\\uFEFF]+\\n");
    private static final Pattern BLANK_BREAK = Pattern.compile("\\n[ \\t\\u3000\\u00A0]*\\n");
    /**
     * A figure typeset letter-spaced (1 9 9 7 年, 7 4 7 7 2 亿元, 1 ．1 亿门 in the 1998 national report): digits and
     * decimal points with single spaces among them, and the space before the unit that follows. A figure with no
     * space inside (赤字 1503亿元, 2006 年) is left alone.
     */
    private static final Pattern SPACED_FIGURE = Pattern.compile(
            "(?<![\\d.．])\\d[\\d．. ]*[\\d．.] (?=[\\u4e00-\\u9fff％%])");

    private TextLayout() {
    }

    /**
     * The text with letter-spaced figures closed up, and with wrapped lines joined when it marks paragraphs by
     * blank lines; otherwise unchanged.
     */
    public static String paragraphsPerLine(String text) {
        return joinWrapped(closeUpFigures(text));
    }

    /** 1 9 9 7 年 → 1997年: a figure is searched and quoted as one. */
    static String closeUpFigures(String text) {
        return SPACED_FIGURE.matcher(text).replaceAll(m -> {
            String figure = m.group().substring(0, m.group().length() - 1);
            boolean spaced = figure.contains(" ") && !figure.contains("  ");
            return java.util.regex.Matcher.quoteReplacement(spaced ? figure.replace(" ", "") : m.group());
        });
    }

    private static String joinWrapped(String text) {
        // A line holding only invisible marks is a remnant of page markup inside a paragraph (74.4 / ​ / 万亿元):
        // it goes entirely, so the lines around it meet; other invisible marks are dropped where they stand.
        String visible = INVISIBLE.matcher(INVISIBLE_LINE.matcher(text.replace("\r\n", "\n")).replaceAll(""))
                .replaceAll("");
        if (countBlankBreaks(visible) < MIN_BLANK_BREAKS) {
            return text;
        }
        String[] lines = visible.split("\n", -1);
        StringBuilder out = new StringBuilder(visible.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line);
            if (i == lines.length - 1) {
                break;
            }
            String next = lines[i + 1];
            out.append(joins(line, next) ? "" : "\n");
        }
        return out.toString();
    }

    /** Both lines hold text, and the first stops in the middle of a sentence. */
    private static boolean joins(String line, String next) {
        String a = line.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || INDENT.matcher(next).lookingAt()
                || Furniture.of(a).isPresent() || Furniture.of(b).isPresent()) {
            return false;
        }
        boolean heading = a.length() <= MAX_HEADING && (Headings.PART_NUMBER.matcher(a).find()
                || Headings.SECTION_NUMBER.matcher(a).find());
        return !heading && SENTENCE_ENDS.indexOf(a.charAt(a.length() - 1)) < 0;
    }

    private static int countBlankBreaks(String text) {
        int n = 0;
        var m = BLANK_BREAK.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
