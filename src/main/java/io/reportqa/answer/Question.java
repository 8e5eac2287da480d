package io.reportqa.answer;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A question made ready for retrieval and composition.
 *
 * @param text the question as asked
 * @param context the earlier question a follow-up leans on, empty when it stands alone
 * @param places report ids per place the question (or, for a follow-up, its conversation) names
 * @param unknownPlaces places named that no report is about
 * @param year the year the question names (or, for a follow-up without one, its context names), if any
 * @param period review or plan, from words such as 去年 or 今年…目标 when the question names no year
 */
public record Question(String text, String context, Map<String, Set<String>> places, List<String> unknownPlaces,
        OptionalInt year, Period period) {

    /** Which half of a report a question is about: the year reviewed, or the plans ahead. */
    public enum Period {
        ANY, REVIEW, PLAN
    }

    public Question {
        // In the order the question names them: a comparison answers in that order.
        places = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(places));
        unknownPlaces = List.copyOf(unknownPlaces);
    }

    public boolean isComparison() {
        return places.size() > 1;
    }

    public boolean asksAboutUnknownPlaceOnly() {
        return places.isEmpty() && !unknownPlaces.isEmpty();
    }
}
