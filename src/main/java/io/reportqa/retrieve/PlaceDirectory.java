package io.reportqa.retrieve;

import io.reportqa.model.Report;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knows which places the corpus has reports about (full and short names, from report metadata) and spots
 * places a question names that the corpus has no report about: a name with an administrative suffix that opens
 * the question (海淀区…, however often the reports mention it), or a well-known place name from a bundled list of provinces
 * and cities that the reports never mention, or that the question is about (it opens the question, and no report
 * place is named): 上海 appears in some report, but "上海2022年…" asks about a place without a report.
 */
public final class PlaceDirectory {

    /**
     * A place name opening a question: {@code 成都市…}, {@code 请问苏州市…}, {@code 1993年汕头市…}; pronouns and time
     * words are not places.
     */
    private static final Pattern SUFFIXED = Pattern.compile(
            "^(?:请问)?(?:(?:19|20)\\d{2}年)?在?((?![那这其今去明全我本该各城哪什每某])[\\u4e00-\\u9fa5]{2,4}?(?:省|市|自治区|区|县|自治州|州|盟|旗))");
    private static final String GAZETTEER = "/places.txt";
    /** What may stand before the place a question is about: nothing, 请问, a year, 在. */
    private static final Pattern OPENING = Pattern.compile("(请问)?(?:(?:19|20)\\d{2}年的?)?(在)?");

    /** Levels of a report about the whole country. */
    private static final Set<String> NATIONAL_LEVELS = Set.of("国家", "全国");

    private final Map<String, Set<String>> reportsByName = new LinkedHashMap<>();
    private final Set<String> national = new java.util.HashSet<>();
    private final List<String> namesLongestFirst;
    private final List<String> gazetteer;
    private final String corpusText;

    /** The places of these reports, with mention counts from all their paragraphs. */
    public static PlaceDirectory of(List<Report> reports) {
        StringBuilder all = new StringBuilder();
        reports.forEach(r -> r.paragraphs().forEach(p -> all.append(p.text()).append('\n')));
        return new PlaceDirectory(reports, all.toString());
    }

    public PlaceDirectory(List<Report> reports, String corpusText) {
        for (Report r : reports) {
            if (NATIONAL_LEVELS.contains(r.place().level())) {
                national.add(r.id());
            }
            for (String name : List.of(r.place().name(), r.place().shortName())) {
                if (name.length() >= 2) {
                    reportsByName.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(r.id());
                }
            }
        }
        this.namesLongestFirst = reportsByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        this.gazetteer = loadGazetteer();
        this.corpusText = corpusText;
    }

    /** Report ids per place the text names, in order of first mention; a longer name wins over its prefix. */
    public Map<String, Set<String>> known(String text) {
        Map<Integer, String> byPosition = new java.util.TreeMap<>();
        boolean[] taken = new boolean[text.length()];
        for (String name : namesLongestFirst) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (!anyTaken(taken, at, at + name.length())) {
                    mark(taken, at, at + name.length());
                    byPosition.put(at, name);
                }
            }
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String name : byPosition.values()) {
            String key = canonical(name);
            out.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(reportsByName.get(name));
        }
        // "吉林粮食产量在全国排第几": 全国 beside another place is a yardstick, not a second place asked about.
        if (out.size() > 1) {
            out.values().removeIf(national::containsAll);
        }
        return out;
    }

    /** Places the text names that no report is about and that the reports never mention. */
    public List<String> unknown(String text) {
        boolean[] taken = new boolean[text.length()];
        for (String name : namesLongestFirst) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mark(taken, at, at + name.length());
            }
        }
        List<String> out = new ArrayList<>();
        Matcher m = SUFFIXED.matcher(text);
        // A question opening with a place and its level (海淀区2024年…) is about that place, however often the
        // reports mention it: with a library of national reports loaded, nearly every place is mentioned somewhere.
        if (m.find() && !anyTaken(taken, m.start(1), m.end(1))) {
            out.add(m.group(1));
            mark(taken, m.start(1), m.end(1));
        }
        boolean namesReportPlace = !known(text).isEmpty();
        for (String name : gazetteer) {
            int at = text.indexOf(name);
            boolean subject = !namesReportPlace && OPENING.matcher(text.substring(0, Math.max(at, 0))).matches();
            if (at >= 0 && !anyTaken(taken, at, at + name.length()) && (subject || !corpusText.contains(name))) {
                out.add(name);
                mark(taken, at, at + name.length());
            }
        }
        return out;
    }

    /** The text without the names of report places, which say where to look rather than what to find. */
    public String withoutPlaces(String text) {
        String out = text;
        for (String name : namesLongestFirst) {
            out = out.replace(name, " ");
        }
        return out;
    }

    /** The text without the given places (full names, as {@link #known} returns them), in any of their forms. */
    public String withoutPlaces(String text, java.util.Collection<String> places) {
        java.util.Set<Set<String>> drop = new java.util.HashSet<>();
        places.forEach(p -> drop.add(reportsByName.get(p)));
        String out = text;
        for (String name : namesLongestFirst) {
            if (drop.contains(reportsByName.get(name))) {
                out = out.replace(name, "");
            }
        }
        return out;
    }

    /** Full and short names of one place count as one mention: the full name is the key. */
    private String canonical(String name) {
        Set<String> ids = reportsByName.get(name);
        return namesLongestFirst.stream()
                .filter(n -> reportsByName.get(n).equals(ids) && n.startsWith(name.substring(0, 2)))
                .findFirst().orElse(name);
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    private static List<String> loadGazetteer() {
        var in = PlaceDirectory.class.getResourceAsStream(GAZETTEER);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + GAZETTEER, e);
        }
    }
}
