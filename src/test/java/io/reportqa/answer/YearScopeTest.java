package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportqa.model.Place;
import io.reportqa.model.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YearScopeTest {

    private static final Place HEBEI = new Place("河北省", "河北", "省级");
    private static final Place NATION = new Place("全国", "全国", "国家");
    private static final Map<String, Report> REPORTS = new LinkedHashMap<>();

    static {
        for (String id : List.of("hebei-2022", "hebei-2025", "quanguo-2022", "quanguo-2023", "quanguo-2025")) {
            Place p = id.startsWith("hebei") ? HEBEI : NATION;
            REPORTS.put(id, new Report(id, "", "", p, null, "", "f", List.of()));
        }
    }

    private final YearScope scope = new YearScope(REPORTS);

    private static Question q(String text, Integer year, Question.Period period) {
        return new Question(text, "", Map.of(), List.of(), year == null ? OptionalInt.empty() : OptionalInt.of(year),
                period);
    }

    @Test
    void should_answer_a_years_results_from_the_next_years_report_and_its_plans_from_its_own() {
        Set<String> national = Set.of("quanguo-2022", "quanguo-2023", "quanguo-2025");
        assertEquals(Set.of("quanguo-2023"), scope.choose(national, q("2022年我国城镇新增就业多少人？", 2022, Question.Period.ANY)));
        assertEquals(Set.of("quanguo-2022"), scope.choose(national, q("2022年经济增长目标是多少？", 2022, Question.Period.PLAN)));
        assertEquals(Set.of("quanguo-2025"), scope.choose(national, q("2025年的结果？", 2025, Question.Period.REVIEW)),
                "no 2026 report: the year's own report is the nearest");
    }

    @Test
    void should_take_the_report_a_question_names_by_its_year_and_choose_per_place() {
        Set<String> all = Set.of("hebei-2022", "hebei-2025", "quanguo-2022", "quanguo-2023", "quanguo-2025");
        assertEquals(Set.of("quanguo-2022", "hebei-2022"),
                scope.choose(all, q("2022年政府工作报告把增长目标定在多少？", 2022, Question.Period.PLAN)));
        assertEquals(Set.of("hebei-2022", "quanguo-2022"),
                scope.choose(all, q("2021年河北和全国的生产总值分别增长多少？", 2021, Question.Period.ANY)));
        assertEquals(all, scope.choose(all, q("河北的粮食产量是多少？", null, Question.Period.ANY)));
    }

    @Test
    void should_refuse_a_report_year_that_no_candidate_has() {
        Set<String> national = Set.of("quanguo-2022", "quanguo-2023", "quanguo-2025");
        String refusal = scope.missingReport(q("2024年的国务院政府工作报告把增长目标定在多少？", 2024, Question.Period.PLAN),
                national).orElseThrow();
        assertEquals(true, refusal.contains("2024年") && refusal.contains("2022、2023、2025"), refusal);
        assertEquals(java.util.Optional.empty(), scope.missingReport(q("2023年政府工作报告里的六保？", 2023,
                Question.Period.ANY), national));
        assertEquals(java.util.Optional.empty(), scope.missingReport(q("2024年我国GDP多少？", 2024,
                Question.Period.ANY), national), "a year of results, not a report's year");
    }

    @Test
    void should_read_a_span_of_years_by_its_last_year_for_results_and_its_first_for_plans() {
        assertEquals(OptionalInt.of(2002), YearScope.askedYear("1997年到2002年，高速公路里程增加到了多少？", false));
        assertEquals(OptionalInt.of(2021), YearScope.askedYear("2021—2025年的目标是什么？", true));
        assertEquals(OptionalInt.of(2020), YearScope.askedYear("2016-2020年年均增长多少？", false));
        assertEquals(OptionalInt.of(2021), YearScope.askedYear("2021年人均生产总值比2016年增加多少？", false));
        assertEquals(OptionalInt.empty(), YearScope.askedYear("今年的目标是多少？", true));
    }
}
