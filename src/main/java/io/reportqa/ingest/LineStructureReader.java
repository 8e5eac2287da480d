package io.reportqa.ingest;

import io.reportqa.model.ParagraphKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report written one paragraph a line. The opening (title, dateline, speaker line, up to the salutation
 * {@code 各位代表}) is front matter; everything after it is body text or a heading. Part headings are numbered
 * lines ({@code 一、…}) or, in a report without numbered parts, short lines without sentence punctuation
 * ({@code 2024年工作回顾}); in a numbered report such lines are section headings, as are {@code ——} lines. A
 * heading that the source broke over two lines is read as one. An appendix ({@code 附件}, {@code 名词解释}) is a
 * part of its own, whatever numbering follows inside it.
 */
final class LineStructureReader {

    private record Line(String text, int start, int end) {
    }

    /** Reader state while walking the body. */
    private static final class Position {
        String part = "";
        String section = "";
        boolean appendix;
        boolean lastWasPart;
    }

    List<ParagraphDraft> read(ReportSource source, FurnitureCounter furniture) {
        String title = source.title().isEmpty() ? titleLine(source.body()) : source.title();
        List<Line> lines = lines(source, title, furniture);
        int bodyStart = Headings.openingLength(lines.stream().map(Line::text).toList());
        boolean numbered = lines.stream().skip(bodyStart).map(Line::text).takeWhile(l -> !Headings.isAppendixTitle(l))
                .anyMatch(Headings::isPartHeading);
        List<ParagraphDraft> out = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) {
            out.add(new ParagraphDraft(ParagraphKind.FRONT, "", "", lines.get(i).start(), lines.get(i).end()));
        }
        Position at = new Position();
        for (Line line : lines.subList(bodyStart, lines.size())) {
            out.add(classify(line, numbered, at));
        }
        return out;
    }

    private static ParagraphDraft classify(Line line, boolean numbered, Position at) {
        String text = line.text();
        boolean wasPart = at.lastWasPart;
        at.lastWasPart = false;
        ParagraphKind kind = ParagraphKind.HEADING;
        if (Headings.isAppendixTitle(text)) {
            at.appendix = true;
            at.part = text;
            at.section = "";
            at.lastWasPart = true;
        } else if (!at.appendix && Headings.isPartHeading(text)) {
            at.part = text;
            at.section = "";
            at.lastWasPart = true;
        } else if (wasPart && Headings.continuesHeading(at.part, text)) {
            at.part = at.part + text;
        } else if (Headings.opensSection(text)) {
            kind = ParagraphKind.TEXT;
            at.section = firstSentence(text);
        } else if (Headings.isShortHeading(text) && !numbered && !at.appendix) {
            at.part = text;
            at.section = "";
            at.lastWasPart = true;
        } else if (Headings.isShortHeading(text) || Headings.isSubHeading(text)
                || at.appendix && Headings.isPartHeading(text)) {
            at.section = text;
        } else {
            kind = ParagraphKind.TEXT;
        }
        return new ParagraphDraft(kind, at.part, at.section, line.start(), line.end(), at.appendix);
    }

    /** The non-empty lines of the report, furniture and repeated titles dropped (and counted). */
    private static List<Line> lines(ReportSource source, String title, FurnitureCounter furniture) {
        String text = source.file().text();
        boolean titleSeen = !source.title().isEmpty();
        List<Line> out = new ArrayList<>();
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
            out.add(new Line(line, span[0], span[1]));
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

    private static String firstSentence(String line) {
        int end = line.indexOf('。');
        return end < 0 ? line : line.substring(0, end);
    }

    /** Offsets of the line without surrounding whitespace, full-width indentation and invisible marks included. */
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
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
