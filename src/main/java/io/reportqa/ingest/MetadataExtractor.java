package io.reportqa.ingest;

import io.reportqa.model.Place;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's place, delivery date and speaker from its title and dateline
 * ({@code 2022年3月28日在咸阳市第九届人民代表大会第一次会议上 咸阳市代市长 冷劲松}).
 */
final class MetadataExtractor {

    private static final String HAN = "[\\u4e00-\\u9fa5]";
    private static final Pattern DATELINE = Pattern.compile(
            "([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月"
                    + "([0-9]{1,2}|[一二三四五六七八九十]{1,3})日\\s*在[^。]{0,40}?会议上");
    private static final Pattern TITLE_DATE = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日");
    private static final Pattern TITLE_PLACE = Pattern.compile(
            "(?:^|[0-9]年|\\s)(" + HAN + "{2,8}?(?:省|市|区|县|州|旗|盟))(?:人民)?政府工作报告");
    private static final Pattern DATELINE_PLACE = Pattern.compile(
            "在(?:" + HAN + "{2,3}[省市])?(" + HAN + "{2,6}?[省市区县州旗盟])第");
    private static final Pattern CITY_MENTION = Pattern.compile("(" + HAN + "{2,3})市");
    private static final Pattern OFFICE = Pattern.compile("代?(?:省|市|区|县|州|旗|盟)长|主席");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})年");
    private static final int MIN_MENTIONS = 3;

    record Metadata(Place place, LocalDate date, String speaker, int year) {
    }

    Metadata extract(String title, String body) {
        Matcher dateline = DATELINE.matcher(body);
        boolean hasDateline = dateline.find();
        LocalDate date = hasDateline ? date(dateline) : titleDate(title);
        String speaker = hasDateline ? speaker(body, dateline.end()) : "";
        Place place = place(title, hasDateline ? dateline.group() : "", body);
        return new Metadata(place, date, speaker, year(title, date));
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
    }

    private static LocalDate titleDate(String title) {
        Matcher m = TITLE_DATE.matcher(title);
        return m.find() ? date(m) : null;
    }

    /** Arabic or Chinese numerals: 2019, 二〇一九, 十二. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.length() == 4 && s.indexOf('十') < 0) {
            StringBuilder digits = new StringBuilder();
            for (char c : s.toCharArray()) {
                digits.append("〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c));
            }
            return Integer.parseInt(digits.toString());
        }
        return Headings.numeral(s);
    }

    /** The name after the office title, before the salutation; spaces inside names are typesetting. */
    private static String speaker(String body, int from) {
        int to = body.indexOf("各位代表", from);
        if (to < 0 || to - from > 60) {
            return "";
        }
        String between = body.substring(from, to).replaceAll("[\\s\\u3000]+", "");
        Matcher office = OFFICE.matcher(between);
        int nameStart = 0;
        while (office.find()) {
            nameStart = office.end();
        }
        String name = between.substring(nameStart);
        return name.matches("[\\u4e00-\\u9fa5·]{2,12}") ? name : "";
    }

    private static Place place(String title, String dateline, String body) {
        String name = first(TITLE_PLACE, title)
                .or(() -> first(DATELINE_PLACE, dateline))
                .or(() -> mostMentionedCity(body))
                .orElse("");
        String level = name.isEmpty() ? "" : name.substring(name.length() - 1);
        String shortName = name.length() > 2 ? name.substring(0, name.length() - 1) : name;
        return new Place(name, shortName, level);
    }

    private static Optional<String> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Reports that never name their city in title or dateline still name it throughout the text. */
    private static Optional<String> mostMentionedCity(String body) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = CITY_MENTION.matcher(body);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_MENTIONS)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> e.getKey() + "市");
    }

    /**
     * The year a report is known by: the title's year when it agrees with the delivery date (a report delivered
     * in December is titled by the coming year), otherwise the delivery year.
     */
    private static int year(String title, LocalDate date) {
        Matcher m = YEAR.matcher(title);
        Integer titleYear = m.find() ? Integer.valueOf(m.group(1)) : null;
        if (date == null) {
            return titleYear == null ? 0 : titleYear;
        }
        if (titleYear != null && Math.abs(titleYear - date.getYear()) <= 1) {
            return titleYear;
        }
        return date.getYear();
    }
}
