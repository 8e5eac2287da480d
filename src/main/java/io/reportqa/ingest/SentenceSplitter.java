package io.reportqa.ingest;

import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into sentences on 。！？；and their ASCII forms. A terminator inside quotation marks
 * does not end the sentence, and closing quotes or brackets right after a terminator stay with it.
 * ASCII {@code .} never ends a sentence, so decimals such as {@code 8.2%} are safe.
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = "。！？；!?;";
    private static final String CLOSERS = "”’」』";
    /** An opening quote left unclosed this long is a typo in the source, not a quotation. */
    private static final int MAX_QUOTE = 160;

    /** Sentences of {@code text}, with offsets shifted by {@code base}; whitespace-only pieces are dropped. */
    public List<Sentence> split(String text, int base) {
        List<Sentence> out = new ArrayList<>();
        int depth = 0;
        int quoteStart = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth > 0 && i - quoteStart > MAX_QUOTE) {
                depth = 0;
            }
            if (c == '“' || c == '「' || c == '『') {
                if (depth++ == 0) {
                    quoteStart = i;
                }
            } else if ((c == '”' || c == '」' || c == '』') && depth > 0) {
                depth--;
            } else if (depth == 0 && TERMINATORS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(out, text, start, end, base);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, text.length(), base);
        return out;
    }

    private static void add(List<Sentence> out, String text, int from, int to, int base) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(text.substring(from, to), base + from, base + to));
        }
    }
}
