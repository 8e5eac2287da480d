package io.reportqa.retrieve;

import java.util.Set;

/**
 * What to search for.
 *
 * @param text the question, as asked
 * @param context earlier words the question leans on (a follow-up's previous question), weighted lower; may be empty
 * @param reportIds reports to search within; empty means all
 * @param k how many passages to return
 */
public record SearchQuery(String text, String context, Set<String> reportIds, int k) {

    public SearchQuery {
        reportIds = Set.copyOf(reportIds);
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
    }
}
