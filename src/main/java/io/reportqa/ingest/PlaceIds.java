package io.reportqa.ingest;

import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;

/** Readable ids from place names: 咸阳 → {@code xianyang}. */
final class PlaceIds {

    /** Characters whose reading in place names differs from the first reading pinyin4j lists. */
    private static final Map<Character, String> PLACE_READINGS = Map.of('厦', "xia", '六', "lu", '蚌', "beng",
            // 陕西 is romanised shaanxi by convention, to tell it from 山西 (shanxi).
            '陕', "shaan", '重', "chong");

    private PlaceIds() {
    }

    static String slug(String placeShortName) {
        StringBuilder out = new StringBuilder();
        for (char c : placeShortName.toCharArray()) {
            String reading = PLACE_READINGS.get(c);
            if (reading == null) {
                String[] all = PinyinHelper.toHanyuPinyinStringArray(c);
                reading = all == null || all.length == 0 ? latin(c) : all[0].replaceAll("[^a-z]", "");
            }
            out.append(reading);
        }
        return out.isEmpty() ? "report" : out.toString();
    }

    private static String latin(char c) {
        return Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(Character.toLowerCase(c)) : "";
    }
}
