package io.reportqa.ingest;

import io.reportqa.model.Place;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place a report is about from what names its issuer: the title, the dateline and the speaker's
 * office, never from phrases of the body (a national report mentions 统一大市场, a provincial one its cities).
 * National reports are known by 国务院 or the National People's Congress; provinces, autonomous regions and
 * municipalities by the list in {@code ingest/provinces.tsv}, in full or short form; cities, districts and
 * counties by their suffix.
 */
final class PlaceResolver {

    static final String NATIONAL_LEVEL = "国家";
    static final String PROVINCE_LEVEL = "省级";
    static final String CITY_LEVEL = "市级";
    static final String COUNTY_LEVEL = "县级";
    static final Place NATIONAL = new Place("全国", "全国", NATIONAL_LEVEL);

    private static final String HAN = "[\\u4e00-\\u9fa5]";
    private static final Pattern NATIONAL_ISSUER = Pattern.compile("国务院|中华人民共和国|全国人民代表大会|全國人民代表大會");
    private static final Pattern TITLE_PLACE = Pattern.compile(
            "(?:^|[0-9]年|\\s)(" + HAN + "{2,8}?(?:市|区|县|州|旗|盟))(?:人民)?政府工作报告");
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "在(?:" + HAN + "{2,3}[省市])?(" + HAN + "{2,6}?[市区县州旗盟])第");
    private static final Pattern OFFICE_PLACE = Pattern.compile(
            "(" + HAN + "{2,6}?[市区县州旗盟])(?:人民政府)?(?:代理|代)?[市区县州旗盟]长");
    /** A dateline of a local congress that does not name its place: 在市八届人大六次会议上. */
    private static final Pattern UNNAMED_CONGRESS = Pattern.compile("在([市区县])[^\\s。]{0,12}?(?:人大|人民代表大会)");
    private static final Pattern CITY_MENTION = Pattern.compile("(" + HAN + "{2,3})市");
    private static final int MIN_MENTIONS = 3;
    private static final String PROVINCES = "/ingest/provinces.tsv";

    /** A province: its full and short names. */
    private record Province(String name, String shortName, Pattern inTitle, Pattern inDateline, Pattern shortInTitle) {

        Province(String name, String shortName) {
            this(name, shortName, Pattern.compile(Pattern.quote(name) + "(?:人民)?政府"),
                    Pattern.compile(Pattern.quote(name) + "\\s*第"),
                    Pattern.compile(Pattern.quote(shortName) + "(?:人民)?政府"));
        }
    }

    /** The place, and the form of it the report's own title uses (宁夏 for 宁夏回族自治区), empty when untitled. */
    record Resolved(Place place, String titleForm) {
    }

    private final List<Province> provinces = loadProvinces();

    /**
     * @param dateline the report's opening lines (title excluded): dateline and speaker line
     * @param body the whole text, read only when a dateline names a local congress without its place
     */
    Resolved resolve(String title, String dateline, String body) {
        if (NATIONAL_ISSUER.matcher(title).find() || NATIONAL_ISSUER.matcher(dateline).find()) {
            return new Resolved(NATIONAL, "国务院");
        }
        Optional<Resolved> fromTitle = province(title, true).or(() -> local(TITLE_PLACE, withoutProvince(title)));
        if (fromTitle.isPresent()) {
            return fromTitle.get();
        }
        return province(dateline, false).map(r -> new Resolved(r.place(), ""))
                .or(() -> local(DATELINE_PLACE, dateline).map(r -> new Resolved(r.place(), "")))
                .or(() -> local(OFFICE_PLACE, dateline).map(r -> new Resolved(r.place(), "")))
                .or(() -> mostMentioned(dateline, body))
                .orElse(new Resolved(new Place("", "", ""), ""));
    }

    /**
     * A province as the issuer: in a title, its full or short name right before 政府 (not 吉林市 for 吉林省, nor
     * 青海省 in 青海省德令哈市政府工作报告); in a dateline, its full name right before the congress (在青海省第十四届…).
     */
    private Optional<Resolved> province(String text, boolean title) {
        for (Province p : provinces) {
            if ((title ? p.inTitle() : p.inDateline()).matcher(text).find()) {
                return Optional.of(new Resolved(provincePlace(p), p.name()));
            }
        }
        for (Province p : title ? provinces : List.<Province>of()) {
            if (p.shortInTitle().matcher(text).find()) {
                return Optional.of(new Resolved(provincePlace(p), p.shortName()));
            }
        }
        return Optional.empty();
    }

    /** 海南省海口市政府工作报告 names 海口市: the province before a city is where the city lies, not the issuer. */
    private String withoutProvince(String title) {
        String out = title;
        for (Province p : provinces) {
            out = out.replace(p.name(), "");
        }
        return out;
    }

    private static Place provincePlace(Province p) {
        return new Place(p.name(), p.shortName(), PROVINCE_LEVEL);
    }

    private static Optional<Resolved> local(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(new Resolved(local(m.group(1)), m.group(1))) : Optional.empty();
    }

    static Place local(String name) {
        char suffix = name.charAt(name.length() - 1);
        String level = "区县旗".indexOf(suffix) >= 0 ? COUNTY_LEVEL : CITY_LEVEL;
        String shortName = name.length() > 2 ? name.substring(0, name.length() - 1) : name;
        return new Place(name, shortName, level);
    }

    /**
     * The last resort, for a dateline like 在市八届人大六次会议上 that says the congress is a city's without naming
     * it: the city the text names most often ({@code 德令哈市} in a report that never prints its own name on top).
     */
    private static Optional<Resolved> mostMentioned(String dateline, String body) {
        Matcher congress = UNNAMED_CONGRESS.matcher(dateline);
        if (!congress.find() || !congress.group(1).equals("市")) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = CITY_MENTION.matcher(body);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_MENTIONS)
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> new Resolved(local(e.getKey() + "市"), ""));
    }

    private static List<Province> loadProvinces() {
        var in = PlaceResolver.class.getResourceAsStream(PROVINCES);
        if (in == null) {
            throw new IllegalStateException(PROVINCES + " is missing from the class path");
        }
        List<Province> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                String[] f = l.split("\t");
                out.add(new Province(f[0], f[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(PROVINCES, e);
        }
        // 内蒙古自治区 before 内蒙古, and no short name can match inside a longer one first.
        out.sort(Comparator.comparingInt((Province p) -> p.name().length()).reversed());
        return List.copyOf(out);
    }
}
