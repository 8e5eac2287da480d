package io.reportqa.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * States which side of a comparison ("咸阳和天门哪个增速更高?") has the larger figure, and only when the sentence
 * found for every side holds a figure of the kind asked about (a rate, or an amount in the same unit once
 * 万/亿 are multiplied out), taking on each side the first such figure after the measure asked about; when the
 * sides' figures are of different kinds it says they cannot be compared. Each figure keeps its citation marker.
 */
final class FigureComparison {

    /**
     * One side: the place, its answer sentence, the number of the paragraph cited for it, and where in the
     * sentence the measure asked about ends (its figure is the first of the kind from there on).
     */
    record Side(String place, String sentence, int citation, int from) {

        Side(String place, String sentence, int citation) {
            this(place, sentence, citation, 0);
        }
    }

    private record Figure(String written, BigDecimal value, String unit, int start) {
    }

    static final String NOT_COMPARABLE = "比较：各方找到的数字不是同一类（%s），无法直接比较。";

    private static final Pattern ASKS_WHICH = Pattern.compile("哪个|哪里|哪一|哪家|谁|更[高低快慢多少大小]|比较|相比|差距|高于|低于");
    private static final Pattern ASKS_RATE = Pattern.compile("增速|增长率|增幅|速度|比重|占比|百分|率");
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)(%|[万亿]?(?:元|人|户|吨|亩|家|个|辆|套|千瓦|平方米|公里)|个百分点)");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private FigureComparison() {
    }

    static Optional<String> state(String question, List<Side> sides) {
        if (sides.size() < 2 || !ASKS_WHICH.matcher(question).find()) {
            return Optional.empty();
        }
        Optional<String> unit = ASKS_RATE.matcher(question).find() ? Optional.of("%") : commonUnit(sides);
        if (unit.isEmpty()) {
            return Optional.of(notComparable(sides));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Side s : sides) {
            Optional<Figure> f = figures(s).stream().filter(x -> x.unit().equals(unit.get())).findFirst();
            if (f.isEmpty()) {
                return Optional.of(notComparable(sides));
            }
            ranked.add(new Ranked(s, f.get()));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.figure().value()).reversed());
        return Optional.of(sentence(ranked, unit.get()));
    }

    private record Ranked(Side side, Figure figure) {

        String shown() {
            return side.place() + "（" + figure.written() + "[" + side.citation() + "]）";
        }
    }

    private static String sentence(List<Ranked> ranked, String unit) {
        Ranked top = ranked.get(0);
        Ranked bottom = ranked.get(ranked.size() - 1);
        String more = unit.equals("%") || unit.equals("元") ? "高于" : "多于";
        if (top.figure().value().compareTo(bottom.figure().value()) == 0) {
            return "比较：" + String.join("与", ranked.stream().map(Ranked::shown).toList()) + "相同。";
        }
        if (ranked.size() == 2) {
            return "比较：" + top.shown() + more + bottom.shown() + "。";
        }
        return "比较：" + top.shown() + "最高，" + bottom.shown() + "最低。";
    }

    /** Says which kind of figure each side has, when they differ. */
    private static String notComparable(List<Side> sides) {
        List<String> found = new ArrayList<>();
        for (Side s : sides) {
            List<Figure> f = figures(s);
            found.add(s.place() + (f.isEmpty() ? "没有给出数字" : "为" + f.get(0).written() + "[" + s.citation() + "]"));
        }
        return String.format(NOT_COMPARABLE, String.join("，", found));
    }

    /** The first unit of the first side's figures that every side has. */
    private static Optional<String> commonUnit(List<Side> sides) {
        for (Figure f : figures(sides.get(0))) {
            boolean everywhere = sides.stream().allMatch(s -> figures(s).stream()
                    .anyMatch(x -> x.unit().equals(f.unit())));
            if (everywhere) {
                return Optional.of(f.unit());
            }
        }
        return Optional.empty();
    }

    /** The side's figures from where its measure ends on (all of them when none comes after it). */
    private static List<Figure> figures(Side side) {
        List<Figure> all = figures(side.sentence());
        List<Figure> after = all.stream().filter(f -> f.start() >= side.from()).toList();
        return after.isEmpty() ? all : after;
    }

    private static List<Figure> figures(String sentence) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1));
            String unit = m.group(2);
            if (unit.startsWith("万")) {
                value = value.multiply(TEN_THOUSAND);
                unit = unit.substring(1);
            } else if (unit.startsWith("亿")) {
                value = value.multiply(HUNDRED_MILLION);
                unit = unit.substring(1);
            }
            out.add(new Figure(m.group(), value, unit, m.start()));
        }
        return out;
    }
}
