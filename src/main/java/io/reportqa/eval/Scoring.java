package io.reportqa.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The scoring rules of the shared evaluation, so that numbers here equal the reference script's: texts are
 * compared after NFKC normalisation, without whitespace, ignoring case; evidence is covered by a text that
 * contains it or shares with it a run of at least 12 characters (the whole evidence when it is shorter).
 */
public final class Scoring {

    private static final int MIN_SHARED_RUN = 12;

    private Scoring() {
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Every key group has one of its strings in the answer. */
    public static boolean keysHold(String answer, List<List<String>> groups) {
        String a = norm(answer);
        return groups.stream().allMatch(g -> g.stream().anyMatch(alt -> a.contains(norm(alt))));
    }

    public static boolean covers(String text, String evidence) {
        String e = norm(evidence);
        String t = norm(text);
        if (t.contains(e)) {
            return true;
        }
        return longestCommonRun(t, e) >= Math.min(e.length(), MIN_SHARED_RUN);
    }

    /** Every evidence passage is covered by one of the texts. */
    public static boolean allCovered(List<String> texts, List<String> evidence) {
        return evidence.stream().allMatch(e -> texts.stream().anyMatch(t -> covers(t, e)));
    }

    static int longestCommonRun(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 0; i < a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }
}
