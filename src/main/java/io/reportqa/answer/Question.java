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
 * @param year the year the question names, if any
 */
public record Question(String text, String context, Map<String, Set<String>> places, List<String> unknownPlaces,
        OptionalInt year) {

    public Question {
        places = Map.copyOf(places);
        unknownPlaces = List.copyOf(unknownPlaces);
    }

    public boolean isComparison() {
        return places.size() > 1;
    }

    public boolean asksAboutUnknownPlaceOnly() {
        return places.isEmpty() && !unknownPlaces.isEmpty();
    }
}
