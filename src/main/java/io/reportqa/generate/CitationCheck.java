package io.reportqa.generate;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies one sentence written by a language model: it must cite at least one offered source and nothing
 * else, and every number in it must be written in a source it cites. A sentence that passes is rewritten with
 * its markers in the house style ({@code …亿元[1][2]。}); one that fails is dropped by the caller.
 */
final class CitationCheck {

    enum Verdict { KEPT, NO_CITATION, UNKNOWN_SOURCE, UNSUPPORTED_NUMBER }

    record Checked(String text, Set<Integer> cited, Verdict verdict) {

        boolean kept() {
            return verdict == Verdict.KEPT;
        }
    }

    /** {@code [1]}, {@code [1,2]}, {@code 【3】} and their full-width forms. */
    private static final Pattern MARKER =
            Pattern.compile("[\\[［【]\\s*([0-9０-９]{1,3}(?:\\s*[,，、]\\s*[0-9０-９]{1,3})*)\\s*[\\]］】]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern GROUPING_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final String ENDINGS = "。！？!?；;";

    private final Map<Integer, Set<String>> numbersBySource = new HashMap<>();

    CitationCheck(List<Source> sources) {
        for (Source s : sources) {
            numbersBySource.put(s.index(), numbers(s.shown()));
        }
    }

    Checked check(String sentence) {
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            for (String n : m.group(1).split("\\s*[,，、]\\s*")) {
                cited.add(Integer.parseInt(Normalizer.normalize(n, Normalizer.Form.NFKC)));
            }
        }
        String body = MARKER.matcher(sentence).replaceAll("").strip();
        String text = styled(body, cited);
        if (cited.isEmpty()) {
            return new Checked(text, cited, Verdict.NO_CITATION);
        }
        if (!numbersBySource.keySet().containsAll(cited)) {
            return new Checked(text, cited, Verdict.UNKNOWN_SOURCE);
        }
        Set<String> supported = new HashSet<>();
        cited.forEach(n -> supported.addAll(numbersBySource.get(n)));
        boolean holds = supported.containsAll(numbers(body));
        return new Checked(text, cited, holds ? Verdict.KEPT : Verdict.UNSUPPORTED_NUMBER);
    }

    /** True when the sentence carries nothing but space and markers, which is no claim at all. */
    static boolean blank(String sentence) {
        return MARKER.matcher(sentence).replaceAll("").isBlank();
    }

    private static String styled(String body, Set<Integer> cited) {
        StringBuilder markers = new StringBuilder();
        cited.forEach(n -> markers.append('[').append(n).append(']'));
        if (body.isEmpty()) {
            return markers.toString();
        }
        char last = body.charAt(body.length() - 1);
        if (ENDINGS.indexOf(last) < 0) {
            return body + markers + "。";
        }
        char end = last == '；' || last == ';' ? '。' : last;
        return body.substring(0, body.length() - 1) + markers + end;
    }

    /** Numbers as written, in ASCII digits and without grouping commas, so {@code 2,581.3} matches {@code 2581.3}. */
    static Set<String> numbers(String text) {
        String plain = GROUPING_COMMA.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(plain);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
