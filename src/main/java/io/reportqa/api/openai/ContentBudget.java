package io.reportqa.api.openai;

import java.util.List;

/**
 * Holds a completion's content to the request's {@code max_tokens} and {@code stop}, piece by piece as it is
 * streamed (or in one piece). A stop sequence ends the content where it first appears, without it, even when it
 * spans two pieces: the tail of the content that could start a stop sequence is held back until the next piece
 * shows whether it does. Past {@code max_tokens} the content is cut at the last whole token that fits.
 * {@link #finishReason()} is then {@code stop} (natural end or a stop sequence) or {@code length}.
 */
final class ContentBudget {

    private final TokenCounter tokens;
    private final int maxTokens;
    private final List<String> stops;
    private final StringBuilder sent = new StringBuilder();
    private final StringBuilder held = new StringBuilder();
    private String finish;

    /** @param maxTokens 0 for no limit */
    ContentBudget(TokenCounter tokens, int maxTokens, List<String> stops) {
        this.tokens = tokens;
        this.maxTokens = maxTokens;
        this.stops = stops;
    }

    /** The part of the content that may go out now (possibly empty). */
    String offer(String piece) {
        if (finish != null) {
            return "";
        }
        held.append(piece);
        String all = sent + held.toString();
        int stopAt = -1;
        for (String s : stops) {
            // A stop sequence never starts inside what was sent: any tail that could begin one was held back.
            int at = all.indexOf(s, sent.length());
            if (at >= 0 && (stopAt < 0 || at < stopAt)) {
                stopAt = at;
            }
        }
        if (stopAt >= 0) {
            finish = "stop";
            return release(all, stopAt);
        }
        return release(all, all.length() - heldBack(all));
    }

    /** Ends the content: what was held back goes out (within the limit). */
    String close() {
        String out = finish == null ? release(sent + held.toString(), sent.length() + held.length()) : "";
        if (finish == null) {
            finish = "stop";
        }
        return out;
    }

    private String release(String all, int end) {
        String out = all.substring(sent.length(), Math.max(sent.length(), end));
        if (maxTokens > 0 && tokens.count(sent + out) > maxTokens) {
            int fits = tokens.prefixWithin(sent + out, maxTokens);
            out = out.substring(0, Math.max(0, fits - sent.length()));
            finish = "length";
        }
        sent.append(out);
        held.setLength(0);
        if (finish == null) {
            held.append(all, sent.length(), all.length());
        }
        return out;
    }

    /** Length of the longest tail of {@code all} (not yet sent) that begins some stop sequence. */
    private int heldBack(String all) {
        int longest = 0;
        for (String s : stops) {
            for (int k = Math.min(s.length() - 1, all.length() - sent.length()); k > longest; k--) {
                if (s.startsWith(all.substring(all.length() - k))) {
                    longest = k;
                }
            }
        }
        return longest;
    }

    String content() {
        return sent.toString();
    }

    /** {@code stop} or {@code length}; null until the content has ended. */
    String finishReason() {
        return finish;
    }
}
