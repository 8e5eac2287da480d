package io.reportqa.answer;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a question asks, understood once before retrieval and read by every later stage.
 *
 * @param focus the thing measured, as parts the question joins with 的 ({@code 三江源国家公园}, {@code 面积});
 *     empty when the question names no measure
 * @param measured true when the focus ends in a measure (…率, …面积, …产量): a sentence must then name it
 * @param kind the class of value asked for ({@code money}, {@code people}, {@code area}, {@code rate} … from
 *     {@code domain/units.tsv}), {@link ValueKinds#ANY} for an amount of any class, empty when no amount is asked
 * @param growth the question asks how much something grew (增长/增速/上涨 …) rather than its level
 * @param year the year asked about, if the question names one
 * @param relative a year named relative to the report (去年, 今年), when no year is named
 * @param want a result achieved, a target set, or either
 * @param listSize how many items a list question asks for (哪7个方面 → 7), 0 when it does not say
 * @param national the question is about the country as a whole (全国, 我国, 国务院 …)
 * @param measures the measures of a question that asks for several at once (地区生产总值和一般公共预算收入
 *     分别…), each to be answered; empty when it asks for one
 */
public record Asked(List<String> focus, boolean measured, String kind, boolean growth, OptionalInt year,
        Relative relative, Want want, boolean list, int listSize, boolean national, List<String> measures) {

    /** A year named relative to the report's own. */
    public enum Relative {
        NONE, LAST_YEAR, THIS_YEAR
    }

    /** Whether the question wants what was achieved or what is planned. */
    public enum Want {
        ANY, RESULT, TARGET
    }

    public Asked {
        focus = List.copyOf(focus);
        measures = List.copyOf(measures);
    }

    /** The same question, wanting a result or a target as given. */
    public Asked withWant(Want w) {
        return new Asked(focus, measured, kind, growth, year, relative, w, list, listSize, national, measures);
    }

    /** True when the question asks for an amount, of a known class or of any. */
    public boolean asksAmount() {
        return !kind.isEmpty();
    }

    /** The year asked about, for a report whose plans are for {@code planYear}. */
    public OptionalInt yearFor(int planYear) {
        if (year.isPresent()) {
            return year;
        }
        return switch (relative) {
            case LAST_YEAR -> OptionalInt.of(planYear - 1);
            case THIS_YEAR -> OptionalInt.of(planYear);
            case NONE -> OptionalInt.empty();
        };
    }
}
