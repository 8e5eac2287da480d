package io.reportqa.generate;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a language model's text, arriving in arbitrary pieces, into sentences as soon as each is complete. A
 * sentence ends at 。！？!?；; or a line break, together with any citation markers written right after its
 * punctuation ({@code …亿元。[1]}), so a sentence is only released once the next character shows the markers
 * are over.
 */
final class SentenceStream {

    private static final String ENDINGS = "。！？!?；;\n";
    private static final Pattern MARKER_OR_SPACE =
            Pattern.compile("\\G(?:[ \\t\\u3000]+|[\\[［【]\\s*[0-9０-９]{1,3}(?:\\s*[,，、]\\s*[0-9０-９]{1,3})*\\s*[\\]］】])");
    private static final Pattern OPEN_MARKER = Pattern.compile("\\G[\\[［【][0-9０-９,，、\\s]*$");

    private final StringBuilder pending = new StringBuilder();
    private final Consumer<String> sentences;

    SentenceStream(Consumer<String> sentences) {
        this.sentences = sentences;
    }

    void accept(String piece) {
        pending.append(piece);
        release(false);
    }

    /** The text is complete: whatever is left is the last sentence. */
    void finish() {
        release(true);
        if (!pending.toString().isBlank()) {
            sentences.accept(pending.toString());
        }
        pending.setLength(0);
    }

    private void release(boolean atEnd) {
        int from = 0;
        while (true) {
            int end = sentenceEnd(from, atEnd);
            if (end < 0) {
                break;
            }
            String sentence = pending.substring(from, end);
            if (!sentence.isBlank()) {
                sentences.accept(sentence);
            }
            from = end;
        }
        pending.delete(0, from);
    }

    /** Where the sentence starting at {@code from} ends, or -1 when that cannot be known yet. */
    private int sentenceEnd(int from, boolean atEnd) {
        for (int i = from; i < pending.length(); i++) {
            if (ENDINGS.indexOf(pending.charAt(i)) >= 0) {
                int after = afterMarkers(i + 1);
                if (after < pending.length() || atEnd) {
                    return after;
                }
                return -1;
            }
        }
        return -1;
    }

    /** Skips markers and spaces; stops before a marker that is still being written so it waits for more text. */
    private int afterMarkers(int i) {
        Matcher m = MARKER_OR_SPACE.matcher(pending);
        int at = i;
        while (at < pending.length() && m.find(at) && m.end() > at) {
            at = m.end();
        }
        if (at < pending.length() && OPEN_MARKER.matcher(pending).find(at)) {
            return pending.length();
        }
        return at;
    }
}
