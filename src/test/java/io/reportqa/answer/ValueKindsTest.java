package io.reportqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checked-in unit classes (domain/units.tsv) and measure endings (domain/measures.tsv). */
class ValueKindsTest {

    private final ValueKinds kinds = ValueKinds.DEFAULT;

    @Test
    void should_class_the_units_reports_write() {
        assertEquals(Optional.of("money"), kinds.kindOfUnit("亿元"));
        assertEquals(Optional.of("people"), kinds.kindOfUnit("万人"));
        assertEquals(Optional.of("people"), kinds.kindOfUnit("人次"));
        assertEquals(Optional.of("area"), kinds.kindOfUnit("平方公里"));
        assertEquals(Optional.of("area"), kinds.kindOfUnit("万亩"));
        assertEquals(Optional.of("weight"), kinds.kindOfUnit("万吨"));
        assertEquals(Optional.of("weight"), kinds.kindOfUnit("亿斤"));
        assertEquals(Optional.of("count"), kinds.kindOfUnit("家"));
        assertEquals(Optional.of("rate"), kinds.kindOfUnit("%"));
        assertEquals(Optional.of("containers"), kinds.kindOfUnit("万标准箱"));
        assertEquals(Optional.of("count"), kinds.kindOfUnit("枚"));
        assertEquals(Optional.empty(), kinds.kindOfUnit("标准"));
    }

    @Test
    void should_find_values_with_their_class_and_not_take_years_for_values() {
        List<ValueKinds.Value> found = kinds.values("2021年,全市经济总量2581.3亿元,增长6.5%,新增就业3.94万人,集装箱1070.2万标箱");

        assertEquals(List.of("money", "rate", "people", "containers"),
                found.stream().map(ValueKinds.Value::kind).toList());
        assertEquals("2581.3亿元", found.get(0).written());
        assertEquals(List.of("两所"), kinds.values("是一个预期性指标,新建两所学校").stream().map(ValueKinds.Value::written).toList());
    }

    @Test
    void should_read_measure_endings_longest_first() {
        assertEquals(Optional.of("率"), kinds.measureEnding("森林覆盖率"));
        assertEquals(Optional.of("面积"), kinds.measureEnding("国家公园面积"));
        assertEquals("area", kinds.kindOfMeasure("面积"));
        assertEquals(ValueKinds.ANY, kinds.kindOfMeasure("总值"));
        assertTrue(kinds.units().keySet().stream().allMatch(u -> kinds.kindOfUnit(u).isPresent()));
    }
}
