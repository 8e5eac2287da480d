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

    @Test
    void should_take_a_place_after_the_year_that_opens_the_question_as_unknown() {
        PlaceDirectory places = new PlaceDirectory(REPORTS, "进一步开放汕头、厦门经济特区。义乌小商品市场。");
        assertEquals(List.of("汕头市"), places.unknown("1993年汕头市的规模以上工业增加值是多少？"));
        assertEquals(List.of("义乌"), places.unknown("2018年义乌新开工棚户区改造情况如何？"));
        assertEquals(List.of("晋江"), places.unknown("2011年晋江城镇新增就业情况如何？"));
        // A report's place after the year, and a year alone, are not unknown places.
        assertEquals(List.of(), places.unknown("2021年咸阳市全市经济总量是多少？"));
        assertEquals(List.of(), places.unknown("2021年全市经济总量是多少？"));
        // Named in passing by a question about the national report: mentioned by the reports, so not unknown.
        assertEquals(List.of(), places.unknown("全国1984年开放了哪些城市，包括汕头吗？"));
    }
}
