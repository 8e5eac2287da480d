package io.reportqa.answer;

import io.reportqa.retrieve.PlaceDirectory;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the place, year and context of a question. A follow-up (no place of its own, or opening with 那/其中…,
 * or ending in 呢) takes its place from the latest user turn that named one, and that turn's words as context.
 */
public final class QuestionResolver {

    private static final Pattern FOLLOW_UP = Pattern.compile("^(那么|那|其中|另外|还有|此外|同时|相比之下|而)|呢[?？]?$");
    private static final Pattern PLAN = Pattern.compile("今年|明年|计划|目标|预期|力争|打算|准备|将要|要实现|今后");
    private static final Pattern REVIEW = Pattern.compile("去年|上年|过去|以来|五年来|这五年|达到了|完成了|实现了|增长了");

    private final PlaceDirectory places;

    public QuestionResolver(PlaceDirectory places) {
        this.places = places;
    }

    public Question resolve(String text, List<Turn> history) {
        String question = text.strip();
        Map<String, Set<String>> named = places.known(question);
        List<String> unknown = places.unknown(question);
        String context = "";
        boolean followUp = FOLLOW_UP.matcher(question).find() || named.isEmpty() && unknown.isEmpty();
        if (followUp) {
            List<String> userTurns = history.stream().filter(Turn::isUser).map(Turn::content).toList();
            if (!userTurns.isEmpty()) {
                context = userTurns.get(userTurns.size() - 1);
            }
            if (named.isEmpty() && unknown.isEmpty()) {
                named = placesFromHistory(userTurns);
            }
        }
        Question.Period period = period(question);
        OptionalInt year = YearScope.askedYear(question, period == Question.Period.PLAN);
        // A follow-up's 今年/去年 speak from the report the conversation is about: its year comes along.
        if (year.isEmpty() && !context.isEmpty()) {
            if (period == Question.Period.ANY) {
                period = period(context);
            }
            year = YearScope.askedYear(context, period == Question.Period.PLAN);
        }
        return new Question(question, context, named, unknown, year, period);
    }

    private Map<String, Set<String>> placesFromHistory(List<String> userTurns) {
        for (int i = userTurns.size() - 1; i >= 0; i--) {
            Map<String, Set<String>> found = places.known(userTurns.get(i));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return Map.of();
    }

    private static Question.Period period(String text) {
        if (PLAN.matcher(text).find()) {
            return Question.Period.PLAN;
        }
        return REVIEW.matcher(text).find() ? Question.Period.REVIEW : Question.Period.ANY;
    }
}
