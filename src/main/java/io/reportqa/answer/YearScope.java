package io.reportqa.answer;

import io.reportqa.model.Report;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses, among a place's reports, the one a year in the question points to. A report of year Y reviews Y−1 and
 * plans Y: a question about a year's results wants the following year's report, one about a year's plans or
 * targets that year's own; a question naming the report itself ({@code 2012年政府工作报告}) wants that report.
 * A place without the preferred report keeps the other one.
 */
final class YearScope {

    /** A question that names a report by its year: 2012年政府工作报告, 2023年国务院政府工作报告里…. */
    static final Pattern REPORT_OF_YEAR = Pattern.compile(
            "((?:19|20)\\d{2})年(?:的)?[\\u4e00-\\u9fa5]{0,12}?政府工作报告");

    /** A span of years: 1997年到2002年, 2016—2020年, 从2018年至2022年. Groups 1 and 2 are its ends. */
    private static final Pattern SPAN = Pattern.compile(
            "((?:19|20)\\d{2})年?\\s*(?:到|至|—|－|-|~|～)\\s*((?:19|20)\\d{2})年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private final Map<String, Report> reports;

    YearScope(Map<String, Report> reports) {
        this.reports = reports;
    }

    /**
     * The year a question asks about: the first it names, or of a span, its last year for results (the report
     * after it reviews the whole span) and its first for plans (the report that sets them out).
     */
    static OptionalInt askedYear(String text, boolean plans) {
        Matcher span = SPAN.matcher(text);
        if (span.find()) {
            return OptionalInt.of(Integer.parseInt(span.group(plans ? 1 : 2)));
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The year of the report the question names as such, if it names one. */
    static OptionalInt reportYear(String text) {
        Matcher m = REPORT_OF_YEAR.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * A plain refusal when the question names a report by a year that none of the candidate reports has
     * ({@code 2024年的国务院政府工作报告…} with no 2024 report loaded), instead of answering from another year.
     */
    Optional<String> missingReport(Question q, Set<String> candidates) {
        OptionalInt named = reportYear(q.text());
        if (named.isEmpty() || candidates.stream().anyMatch(id -> reports.get(id).year() == named.getAsInt())) {
            return Optional.empty();
        }
        Set<String> years = new java.util.TreeSet<>();
        candidates.forEach(id -> years.add(String.valueOf(reports.get(id).year())));
        return Optional.of("现有报告中没有" + named.getAsInt() + "年的这份政府工作报告，无法回答。可查的年份："
                + String.join("、", years) + "。");
    }

    /** The ids to search, one report per place where the year decides; {@code ids} unchanged when it does not. */
    Set<String> choose(Set<String> ids, Question q) {
        OptionalInt named = reportYear(q.text());
        if (named.isEmpty() && q.year().isEmpty()) {
            return ids;
        }
        Map<String, Set<String>> byPlace = new LinkedHashMap<>();
        for (String id : ids) {
            byPlace.computeIfAbsent(reports.get(id).place().name(), k -> new LinkedHashSet<>()).add(id);
        }
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> ofPlace : byPlace.values()) {
            out.addAll(ofPlace.size() == 1 ? ofPlace : choose(ofPlace, q, named));
        }
        return out;
    }

    private Set<String> choose(Set<String> ofPlace, Question q, OptionalInt named) {
        if (named.isPresent()) {
            Set<String> exact = ofYear(ofPlace, named.getAsInt());
            return exact.isEmpty() ? ofPlace : exact;
        }
        int y = q.year().getAsInt();
        boolean plans = q.period() == Question.Period.PLAN;
        Set<String> preferred = ofYear(ofPlace, plans ? y : y + 1);
        if (!preferred.isEmpty()) {
            return preferred;
        }
        Set<String> other = ofYear(ofPlace, plans ? y + 1 : y);
        return other.isEmpty() ? ofPlace : other;
    }

    private Set<String> ofYear(Set<String> ids, int year) {
        Set<String> out = new LinkedHashSet<>();
        ids.stream().filter(id -> reports.get(id).year() == year).forEach(out::add);
        return out;
    }
}
