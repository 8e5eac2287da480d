package io.reportqa.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Equivalent terms of the field (GDP/地区生产总值/经济总量, PM2.5/细颗粒物 …), read from the checked-in
 * {@code domain/synonyms.tsv}. Retrieval asks for every variant of a term the question uses; the answer check
 * compares question and sentence after {@link #canonical(String) folding} each variant to one mark per group.
 */
public final class Synonyms {

    /** The groups of {@code domain/synonyms.tsv}, loaded once. */
    public static final Synonyms DEFAULT = load("/domain/synonyms.tsv");

    /** First private-use character: group {@code i} folds to {@code BASE + i}, one character like a word's. */
    private static final char BASE = '\uE000';

    private final List<List<String>> groups;
    /** Every variant, longest first, so 地区生产总值 folds before 生产总值. */
    private final Map<String, Integer> variants = new LinkedHashMap<>();

    Synonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
        List<String> all = new ArrayList<>();
        Map<String, Integer> group = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (String v : groups.get(i)) {
                String key = v.toLowerCase(Locale.ROOT);
                if (group.putIfAbsent(key, i) != null) {
                    throw new IllegalArgumentException("synonym in two groups: " + v);
                }
                all.add(key);
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        all.forEach(v -> variants.put(v, group.get(v)));
    }

    public static Synonyms load(String resource) {
        try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<List<String>> groups = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                groups.add(List.of(line.strip().split("\t")));
            }
            return new Synonyms(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<List<String>> groups() {
        return groups;
    }

    /** The other variants of the group holding {@code term} (lower-cased), empty when it is in none. */
    public List<String> variantsOf(String term) {
        Integer g = variants.get(term.toLowerCase(Locale.ROOT));
        if (g == null) {
            return List.of();
        }
        return groups.get(g).stream().map(v -> v.toLowerCase(Locale.ROOT)).filter(v -> !v.equals(term)).toList();
    }

    /** The other variants of every group whose terms occur in {@code text}, to widen a search. */
    public List<String> expansions(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        boolean[] used = new boolean[groups.size()];
        for (var e : variants.entrySet()) {
            if (!used[e.getValue()] && folded.contains(e.getKey())) {
                used[e.getValue()] = true;
                groups.get(e.getValue()).stream()
                        .filter(v -> !folded.contains(v.toLowerCase(Locale.ROOT)))
                        .forEach(out::add);
            }
        }
        return out;
    }

    /**
     * The text with each variant written in Latin letters (GDP, R&D, PM2.5) replaced by its group's first name,
     * so that a word segmenter sees Chinese words it can match against the reports.
     */
    public String inChinese(String text) {
        String out = text;
        for (var e : variants.entrySet()) {
            String v = e.getKey();
            if (v.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
                out = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(v),
                        java.util.regex.Pattern.CASE_INSENSITIVE).matcher(out)
                        .replaceAll(java.util.regex.Matcher.quoteReplacement(" " + groups.get(e.getValue()).get(0) + " "));
            }
        }
        return out;
    }

    /** The text, lower-cased, with each variant replaced by its group's one-character mark (longest first). */
    public String canonical(String text) {
        String out = text.toLowerCase(Locale.ROOT);
        for (var e : variants.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), String.valueOf((char) (BASE + e.getValue())));
            }
        }
        return out;
    }
}
