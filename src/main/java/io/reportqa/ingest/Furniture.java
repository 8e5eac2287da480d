package io.reportqa.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kinds of furniture: lines of web pages and document sources that are not report text, recognised line by line,
 * never cited, and counted. The patterns of each kind are data, in {@code ingest/furniture.tsv}.
 */
public enum Furniture {
    PUBLICATION_LINE,
    METADATA_TABLE,
    MORE_LINK,
    TRUNCATION_MARK,
    SITE_FOOTER,
    COMPILATION_SEPARATOR,
    /** A page's title printed again after the text (matched by the reader, which knows the title). */
    REPEATED_TITLE,
    COMPILATION_DATE,
    SOURCE_LINE,
    EDITOR_LINE,
    LICENCE,
    PAGE_WIDGET;

    private static final String PATTERNS = "/ingest/furniture.tsv";
    private static final Map<Furniture, List<Pattern>> BY_KIND = load();

    /** The kind of furniture the (trimmed) line is, if it is any. */
    public static Optional<Furniture> of(String line) {
        String trimmed = line.strip();
        for (Furniture f : values()) {
            for (Pattern p : BY_KIND.getOrDefault(f, List.of())) {
                if (p.matcher(trimmed).find()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<Furniture, List<Pattern>> load() {
        Map<Furniture, List<Pattern>> out = new EnumMap<>(Furniture.class);
        var in = Furniture.class.getResourceAsStream(PATTERNS);
        if (in == null) {
            throw new IllegalStateException(PATTERNS + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                int tab = l.indexOf('\t');
                out.computeIfAbsent(valueOf(l.substring(0, tab)), k -> new ArrayList<>())
                        .add(Pattern.compile(l.substring(tab + 1)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(PATTERNS, e);
        }
        return out;
    }
}
