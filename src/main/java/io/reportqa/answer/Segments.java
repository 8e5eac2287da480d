package io.reportqa.answer;

import io.reportqa.index.ChineseAnalyzers;
import io.reportqa.retrieve.Terms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Chinese text as SmartChinese segments it: the words it knows, and the runs of single characters it breaks the
 * words it does not know into (市运会 → 市 运 会, 比特币挖矿 → 比 特 币 挖 矿), each run joined back. Numbers and
 * Latin words are left out.
 */
final class Segments {

    /** A word (two or more characters) or a run of adjacent single characters ({@code run}, possibly one). */
    record Segment(String text, boolean run) {
    }

    private static final Analyzer WORDS = ChineseAnalyzers.words();

    private Segments() {
    }

    static List<Segment> of(String text) {
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int runEnd = -1;
        try (TokenStream ts = WORDS.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.isEmpty() || !Terms.isCjk(t.charAt(0))) {
                    continue;
                }
                if (t.length() > 1 || offset.startOffset() != runEnd) {
                    flush(run, out);
                }
                if (t.length() > 1) {
                    out.add(new Segment(t, false));
                } else {
                    run.append(t);
                    runEnd = offset.endOffset();
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<Segment> out) {
        if (run.length() > 0) {
            out.add(new Segment(run.toString(), true));
        }
        run.setLength(0);
    }
}
