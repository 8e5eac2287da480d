package io.reportqa.retrieve;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Matching units for scoring sentences against a question: overlapping CJK bigrams (a lone CJK character stays a
 * unigram), whole numbers with their decimal point, and lower-cased Latin words such as {@code pm2} or {@code gdp}.
 * Full-width digits and letters are folded to ASCII first.
 */
public final class Terms {

    private Terms() {
    }

    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        String s = fold(text);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i + 1;
            if (isCjk(c)) {
                while (j < s.length() && isCjk(s.charAt(j))) {
                    j++;
                }
                cjkRun(s.substring(i, j), out);
            } else if (Character.isDigit(c)) {
                while (j < s.length() && (Character.isDigit(s.charAt(j))
                        || s.charAt(j) == '.' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1)))) {
                    j++;
                }
                out.add(s.substring(i, j));
            } else if (Character.isLetter(c)) {
                while (j < s.length() && Character.isLetterOrDigit(s.charAt(j)) && !isCjk(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j).toLowerCase());
            }
            i = j;
        }
        return out;
    }

    public static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static void cjkRun(String run, Set<String> out) {
        if (run.length() == 1) {
            out.add(run);
            return;
        }
        for (int k = 0; k + 2 <= run.length(); k++) {
            out.add(run.substring(k, k + 2));
        }
    }

    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c);
        }
        return b.toString();
    }
}
