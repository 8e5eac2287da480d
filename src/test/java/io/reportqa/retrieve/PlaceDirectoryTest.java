package io.reportqa.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportqa.model.Place;
import io.reportqa.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceDirectoryTest {

    private static final List<Report> REPORTS = List.of(
            new Report("quanguo-2025", "", "", new Place("全国", "全国", "国家"), null, "", "f", List.of()),
            new Report("xianyang-2022", "", "", new Place("咸阳市", "咸阳", "市级"), null, "", "f", List.of()));

    @Test
    void should_take_a_place_opening_the_question_as_unknown_however_often_the_reports_mention_it() {
        PlaceDirectory places = new PlaceDirectory(REPORTS, "海淀区中关村科学城建设加快。海淀区的企业增长。");
        assertEquals(List.of("海淀区"), places.unknown("海淀区2024年地区生产总值是多少？"));
        assertEquals(List.of(), places.unknown("咸阳市2021年全市经济总量是多少？"));
        assertEquals(List.of(), places.unknown("全市经济总量是多少？"));
    }
}
