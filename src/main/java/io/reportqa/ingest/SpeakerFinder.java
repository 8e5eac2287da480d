package io.reportqa.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who delivered a report, as a bare name, in its opening lines: after the office (省长 王予波, 国务院总理
 * 李克强, 自治区人民政府主席王莉霞在…, 天津市市长张工同志作…), before it (龚正市长在…), or alone on the line after the
 * dateline (周恩来). A summary that reports the speech in the third person (周恩来总理在报告中指出) names the
 * speaker in its body. Spaces inside names are typesetting and removed.
 */
final class SpeakerFinder {

    private static final String NAME = "[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5·]{1,11}?";
    private static final String OFFICE = "(?:总理|主席|省长|市长|区长|县长|州长|旗长|盟长)";
    private static final Pattern AFTER_OFFICE = Pattern.compile(
            OFFICE + "(" + NAME + ")(?:同志)?(?:作|在|的|代表|$)");
    private static final Pattern BEFORE_OFFICE = Pattern.compile(
            "日(" + NAME + ")(?:代理|代)?" + OFFICE + "在");
    /** The name alone right after the session, where a flattened page ran the lines together: …会议上吴巨培. */
    private static final Pattern AFTER_SESSION = Pattern.compile("(?:会议|會議)上(" + NAME + ")$");
    private static final Pattern BARE_NAME = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}|[\\u4e00-\\u9fa5]{1,8}·[\\u4e00-\\u9fa5·]{1,12}");
    private static final Pattern REPORTED = Pattern.compile(
            "(?:^|[\\s\\u3000，。])(" + NAME + ")" + OFFICE + "在(?:政府工作)?报告中", Pattern.MULTILINE);
    /** Words that belong to offices and congresses, never to a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("人民|政府|代表|会议|會議|报告|自治|大会|委员|同志|各位");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
    /** How far into the body a reported speaker is looked for. */
    private static final int REPORTED_REACH = 3000;

    /**
     * @param opening the lines between the title and the salutation
     * @param datelineIndex which of them is the dateline, or -1
     */
    Optional<String> find(List<String> opening, int datelineIndex, String body) {
        for (int i = 0; i < opening.size(); i++) {
            String line = SPACES.matcher(opening.get(i)).replaceAll("");
            Optional<String> name = named(AFTER_OFFICE, line).or(() -> named(BEFORE_OFFICE, line))
                    .or(() -> named(AFTER_SESSION, line));
            if (name.isPresent()) {
                return name;
            }
            if (datelineIndex >= 0 && i > datelineIndex && BARE_NAME.matcher(line).matches() && plausible(line)) {
                return Optional.of(line);
            }
        }
        return named(REPORTED, body.substring(0, Math.min(body.length(), REPORTED_REACH)));
    }

    private static Optional<String> named(Pattern p, String text) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (plausible(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(String name) {
        return !NOT_A_NAME.matcher(name).find();
    }
}
