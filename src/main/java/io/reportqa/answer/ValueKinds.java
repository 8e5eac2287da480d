package io.reportqa.answer;

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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units and the class of quantity each measures ({@code domain/units.tsv}: 亿元 money, 万人 people, 平方公里
 * area …), and the endings that name a measure in a question ({@code domain/measures.tsv}: 覆盖率 rate, 面积
 * area …). Finds the values a sentence states, each with its class.
 */
final class ValueKinds {

    static final String ANY = "any";
    static final String RATE = "rate";
    /** An amount of any class but a rate: 总量, 总额, 规模 ask for a level, not a growth. */
    static final String AMOUNT = "amount";
    static final ValueKinds DEFAULT = new ValueKinds(read("/domain/units.tsv"), read("/domain/measures.tsv"));

    /** A value as written: where it ends in the sentence, its unit and the unit's class. */
    record Value(String written, int start, int end, String unit, String kind) {
    }

    private final Map<String, String> units;
    private final Map<String, String> measures;
    private final Pattern value;

    ValueKinds(Map<String, String> units, Map<String, String> measures) {
        this.units = units;
        this.measures = measures;
        List<String> byLength = new ArrayList<>(units.keySet());
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        String alternatives = String.join("|", byLength.stream().map(Pattern::quote).toList());
        // A figure (Arabic, or Chinese numerals as in 两所), an optional magnitude, then a unit.
        this.value = Pattern.compile("(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)\\s*(?:多|余)?([万亿千百]*)(" + alternatives + ")");
    }

    /** The class of a unit as a question writes it (亿元 → money, 万人 → people), if known. */
    Optional<String> kindOfUnit(String unit) {
        String bare = units.containsKey(unit) ? unit : unit.replaceFirst("^[万亿千百]+", "");
        return Optional.ofNullable(units.get(bare));
    }

    /** The measure ending the phrase ends with (森林覆盖率 → 率), the longest one, if any. */
    Optional<String> measureEnding(String phrase) {
        return measures.keySet().stream().filter(phrase::endsWith).max(Comparator.comparingInt(String::length));
    }

    /** The class of value a measure ending takes without a unit ({@link #ANY} when it varies). */
    String kindOfMeasure(String ending) {
        return measures.getOrDefault(ending, ANY);
    }

    /** The values the text states, in order; four-digit years (2021年) and 一个/一项 (articles) are not values. */
    List<Value> values(String text) {
        List<Value> out = new ArrayList<>();
        Matcher m = value.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("一") && m.group(2).isEmpty()) {
                continue; // 一个, 一项, 一批: an article, not a figure
            }
            String unit = m.group(3);
            out.add(new Value(m.group(), m.start(), m.end(), m.group(2) + unit, units.get(unit)));
        }
        return out;
    }

    Map<String, String> units() {
        return units;
    }

    Map<String, String> measures() {
        return measures;
    }

    static Map<String, String> read(String resource) {
        try (InputStream in = ValueKinds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, String> out = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                out.put(f[0], f[1]);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
