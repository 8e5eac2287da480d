package io.reportqa.ingest;

import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a report that was flattened onto one line. Headings survive only as a space before a numeral
 * ({@code … 二、…}); a numeral counts as a part when it continues the part numbering and reads as a part title,
 * as a section when it continues the section numbering, and as plain text otherwise (so {@code 一、二期} inside
 * a sentence is not a heading). Paragraphs are then recovered from the sentences of each block.
 */
final class RunOnStructureReader {

    private static final String SALUTATION = "各位代表";
    private static final int MAX_SECTION_TITLE = 32;

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final ParagraphGrouper grouper = new ParagraphGrouper();

    List<ParagraphDraft> read(ReportSource source) {
        String text = source.file().text();
        int bodyStart = skipTitle(text, source);
        List<Block> blocks = blocks(text, bodyStart, source.end());
        List<ParagraphDraft> out = new ArrayList<>();
        int frontEnd = blocks.isEmpty() ? source.end() : blocks.get(0).start;
        front(text, bodyStart, frontEnd, out);
        String part = "";
        for (Block b : blocks) {
            int textStart = b.start;
            String section;
            if (b.isPart) {
                part = text.substring(b.start, b.titleEnd);
                section = "";
                out.add(new ParagraphDraft(ParagraphKind.HEADING, part, section, b.start, b.titleEnd));
                textStart = b.titleEnd;
            } else {
                section = stripTerminator(sentences.split(text.substring(b.start, b.end), b.start).get(0).text());
            }
            paragraphs(text, textStart, b.end, part, section, out);
        }
        return out;
    }

    private static int skipTitle(String text, ReportSource source) {
        int at = source.start();
        if (!source.title().isEmpty() && text.startsWith(source.title(), at)) {
            return at + source.title().length();
        }
        return text.startsWith("政府工作报告", at) ? at + "政府工作报告".length() : at;
    }

    /** Dateline and speaker, then the salutation with the opening sentence. */
    private void front(String text, int from, int to, List<ParagraphDraft> out) {
        int salutation = text.indexOf(SALUTATION, from);
        if (salutation > from && salutation < to) {
            out.add(new ParagraphDraft(ParagraphKind.FRONT, "", "", from, salutation));
            from = salutation;
        }
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > from) {
            out.add(new ParagraphDraft(ParagraphKind.FRONT, "", "", from, end));
        }
    }

    private void paragraphs(String text, int from, int to, String part, String section, List<ParagraphDraft> out) {
        List<Sentence> all = sentences.split(text.substring(from, to), from);
        for (List<Sentence> group : grouper.group(all)) {
            int start = group.get(0).start();
            int end = group.get(group.size() - 1).end();
            out.add(new ParagraphDraft(ParagraphKind.TEXT, part, section, start, end));
        }
    }

    private static List<Block> blocks(String text, int from, int to) {
        List<Block> blocks = new ArrayList<>();
        int partNo = 0;
        int sectionNo = 0;
        for (int p = text.indexOf(' ', from); p >= 0 && p < to; p = text.indexOf(' ', p + 1)) {
            int at = p + 1;
            Matcher m = Headings.PART_NUMBER.matcher(text).region(at, to);
            if (!m.lookingAt()) {
                continue;
            }
            int n = Headings.numeral(m.group(1));
            int titleLength = Headings.partTitleLength(text.substring(m.end(), Math.min(to, m.end() + 40)));
            if (titleLength > 0 && n == partNo + 1) {
                partNo = n;
                sectionNo = 0;
                blocks.add(new Block(at, m.end() + titleLength, true));
            } else if (partNo > 0 && n == sectionNo + 1) {
                sectionNo = n;
                blocks.add(new Block(at, at, false));
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).end = i + 1 < blocks.size() ? blocks.get(i + 1).start - 1 : to;
        }
        return blocks;
    }

    /** A section's title is its first sentence; where the source lost the break after it, only its start. */
    private static String stripTerminator(String sentence) {
        char last = sentence.charAt(sentence.length() - 1);
        String title = "。；;！!".indexOf(last) >= 0 ? sentence.substring(0, sentence.length() - 1) : sentence;
        return title.length() <= MAX_SECTION_TITLE ? title : title.substring(0, MAX_SECTION_TITLE) + "…";
    }

    /** A stretch of text from one heading to the next. */
    private static final class Block {
        final int start;
        final int titleEnd;
        final boolean isPart;
        int end;

        Block(int start, int titleEnd, boolean isPart) {
            this.start = start;
            this.titleEnd = titleEnd;
            this.isPart = isPart;
        }
    }
}
