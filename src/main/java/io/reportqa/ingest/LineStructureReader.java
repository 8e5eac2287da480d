package io.reportqa.ingest;

import io.reportqa.model.ParagraphKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a report written one paragraph a line. Short numbered lines are part titles, {@code (一)} lines open
 * sections (their first sentence is the section title), short {@code ——} lines are sub-headings, and
 * everything before the first part is front matter.
 */
final class LineStructureReader {

    private static final int MAX_HEADING = 40;

    List<ParagraphDraft> read(ReportSource source, FurnitureCounter furniture) {
        List<ParagraphDraft> out = new ArrayList<>();
        String text = source.file().text();
        String part = "";
        String section = "";
        String title = source.title().isEmpty() ? titleLine(source.body()) : source.title();
        boolean titleSeen = !source.title().isEmpty();
        int lineStart = source.start();
        while (lineStart < source.end()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > source.end()) {
                lineEnd = source.end();
            }
            int[] span = trim(text, lineStart, lineEnd);
            String line = text.substring(span[0], span[1]);
            lineStart = lineEnd + 1;
            if (line.isEmpty()) {
                continue;
            }
            var kind = Furniture.of(line);
            if (kind.isPresent()) {
                furniture.add(kind.get());
                continue;
            }
            if (!titleSeen && line.contains("政府工作报告") && line.length() <= 60) {
                titleSeen = true;
                continue;
            }
            if (titleSeen && !title.isEmpty() && title.startsWith(line)) {
                furniture.add(Furniture.REPEATED_TITLE);
                continue;
            }
            titleSeen = true;
            if (isPartHeading(line)) {
                part = line;
                section = "";
                out.add(new ParagraphDraft(ParagraphKind.HEADING, part, section, span[0], span[1]));
            } else if (part.isEmpty()) {
                out.add(new ParagraphDraft(ParagraphKind.FRONT, part, section, span[0], span[1]));
            } else if (isSubHeading(line)) {
                section = line;
                out.add(new ParagraphDraft(ParagraphKind.HEADING, part, section, span[0], span[1]));
            } else {
                if (Headings.SECTION_NUMBER.matcher(line).find()) {
                    section = firstSentence(line);
                }
                out.add(new ParagraphDraft(ParagraphKind.TEXT, part, section, span[0], span[1]));
            }
        }
        return out;
    }

    /** The title of a report delivered as one paragraph a line is its first line naming the report. */
    static String titleLine(String body) {
        for (String line : body.split("\n", 12)) {
            String s = line.strip();
            if (s.contains("政府工作报告") && s.length() <= 60 && Furniture.of(s).isEmpty()) {
                return s;
            }
        }
        return "";
    }

    private static boolean isPartHeading(String line) {
        Matcher m = Headings.PART_NUMBER.matcher(line);
        return m.find() && line.length() <= MAX_HEADING && !line.contains("。");
    }

    private static boolean isSubHeading(String line) {
        return line.startsWith("——") && line.length() <= MAX_HEADING && !line.contains("。");
    }

    private static String firstSentence(String line) {
        int end = line.indexOf('。');
        return end < 0 ? line : line.substring(0, end);
    }

    /** Offsets of the line without surrounding whitespace, full-width indentation included. */
    private static int[] trim(String text, int from, int to) {
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
