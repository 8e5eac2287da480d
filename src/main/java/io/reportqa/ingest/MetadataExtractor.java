package io.reportqa.ingest;

import io.reportqa.model.Place;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's place, year, delivery date and speaker from its title and its opening lines (dateline and
 * speaker line, before the salutation {@code 各位代表}); a field the text does not state stays empty.
 */
final class MetadataExtractor {

    private static final Pattern DATE = Pattern.compile(
            "([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月"
                    + "([0-9]{1,2}|[一二三四五六七八九十]{1,3})日");
    /** A dateline names the session the report was delivered at. */
    private static final Pattern SESSION = Pattern.compile("会议|會議|人大|人民代表大会|人民代表大會");
    private static final Pattern SALUTATION = Pattern.compile("各位代表");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})年");
    /** How far the opening may reach when no salutation ends it. */
    private static final int MAX_OPENING = 800;
    private static final int OPENING_WITH_SALUTATION = 3000;

    private final PlaceResolver places = new PlaceResolver();
    private final SpeakerFinder speakers = new SpeakerFinder();

    /**
     * @param placeTitle the form of the place the title uses ({@code 宁夏}), or the full name when the title has
     *     none, or {@code 国务院} for national reports: what the report's uniform title is built from
     */
    record Metadata(Place place, LocalDate date, String speaker, int year, String placeTitle) {
    }

    Metadata extract(String title, String body) {
        List<String> opening = opening(title, body);
        int dateline = datelineIndex(opening);
        LocalDate date = dateline >= 0 ? date(opening.get(dateline)) : null;
        if (date == null) {
            date = dateIn(title);
        }
        String speaker = speakers.find(opening, dateline, body).orElse("");
        PlaceResolver.Resolved place = places.resolve(title, String.join("\n", opening), body);
        String placeTitle = place.titleForm().isEmpty() ? place.place().name() : place.titleForm();
        return new Metadata(place.place(), date, speaker, year(title, date), placeTitle);
    }

    /** The lines before the salutation (or the first lines, if there is none), the title line left out. */
    private static List<String> opening(String title, String body) {
        Matcher salutation = SALUTATION.matcher(body);
        int end = salutation.find() && salutation.start() <= OPENING_WITH_SALUTATION ? salutation.start()
                : Math.min(body.length(), MAX_OPENING);
        List<String> out = new ArrayList<>();
        for (String line : body.substring(0, end).split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.equals(title)) {
                out.add(s);
            }
        }
        return out;
    }

    private static int datelineIndex(List<String> opening) {
        for (int i = 0; i < opening.size(); i++) {
            String line = opening.get(i);
            if (DATE.matcher(line).find() && SESSION.matcher(line).find()) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate date(String line) {
        Matcher m = DATE.matcher(line);
        return m.find() ? date(m) : null;
    }

    private static LocalDate dateIn(String title) {
        return date(title);
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
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
