package io.reportqa.ingest;

import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Passage;
import io.reportqa.model.Report;
import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts paragraphs into passages of whole consecutive sentences, never across a paragraph. Consecutive passages
 * share their boundary sentence when it is short, so a fact stated across a boundary is whole in one of them.
 * Headings are not passages: their words reach the passages below them through the header.
 */
public final class Chunker {

    private final int maxChars;

    public Chunker(int maxChars) {
        if (maxChars < 50) {
            throw new IllegalArgumentException("maxChars must be at least 50, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public List<Passage> chunk(Report report) {
        List<Passage> out = new ArrayList<>();
        for (Paragraph p : report.paragraphs()) {
            if (p.kind() != ParagraphKind.HEADING) {
                chunk(report, p, out);
            }
        }
        return out;
    }

    private void chunk(Report report, Paragraph p, List<Passage> out) {
        List<Sentence> pieces = pieces(p.sentences());
        String header = (report.title() + " " + p.sectionPath()).strip();
        int first = 0;
        while (first < pieces.size()) {
            int last = first;
            int length = pieces.get(first).text().length();
            while (last + 1 < pieces.size() && length + pieces.get(last + 1).text().length() <= maxChars) {
                last++;
                length += pieces.get(last).text().length();
            }
            Sentence a = pieces.get(first);
            Sentence b = pieces.get(last);
            String text = p.text().substring(a.start() - p.start(), b.end() - p.start());
            out.add(new Passage(p.id() + "/s" + first, report.id(), p.id(), p.number(), text, a.start(), b.end(), header));
            first = nextStart(pieces, first, last);
        }
    }

    /** Overlap by the last sentence when it is short and the window held more than it. */
    private int nextStart(List<Sentence> pieces, int first, int last) {
        boolean overlap = last > first && pieces.get(last).text().length() <= maxChars / 3 && last + 1 < pieces.size();
        return overlap ? last : last + 1;
    }

    /** Sentences, with any sentence longer than a passage split at its commas. */
    private List<Sentence> pieces(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.text().length() <= maxChars) {
                out.add(s);
            } else {
                splitAtCommas(s, out);
            }
        }
        return out;
    }

    private void splitAtCommas(Sentence s, List<Sentence> out) {
        String t = s.text();
        int from = 0;
        while (from < t.length()) {
            int to = Math.min(t.length(), from + maxChars);
            if (to < t.length()) {
                int comma = Math.max(t.lastIndexOf(',', to - 1), t.lastIndexOf('，', to - 1));
                if (comma > from) {
                    to = comma + 1;
                }
            }
            out.add(new Sentence(t.substring(from, to), s.start() + from, s.start() + to));
            from = to;
        }
    }
}
