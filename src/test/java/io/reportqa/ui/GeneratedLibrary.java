package io.reportqa.ui;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A library of the size users keep (90 reports: 30 places of three levels, 2021–2023 each), generated as short
 * reports in the published layout so that indexing it costs seconds, in a data folder of its own; writes need the
 * API key {@link #KEY}.
 */
public final class GeneratedLibrary implements QuarkusTestResourceLifecycleManager {

    static final String KEY = "ui-test-key";
    static final List<Integer> YEARS = List.of(2021, 2022, 2023);
    static final List<String> PROVINCES = List.of("河北省", "山西省", "辽宁省", "吉林省", "江苏省", "浙江省");
    static final List<String> CITIES = List.of("松林市", "柏川市", "桐江市", "梅岭市", "枫港市", "杉湖市", "榆台市",
            "槐阳市", "樟浦市", "楠溪市", "柳泉市", "桦山市");
    static final List<String> COUNTIES = List.of("竹坪县", "荷塘县", "兰亭县", "菊坡县", "芦湾县", "苇川县", "蒲城县",
            "茅岗县", "萍乡县", "藕池县", "芷江县", "蓼原县");
    static final int SIZE = (PROVINCES.size() + CITIES.size() + COUNTIES.size()) * YEARS.size();

    /** The profile of a test class that runs over this library. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(GeneratedLibrary.class));
        }
    }

    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            Files.createDirectories(Path.of("target"));
            dir = Files.createTempDirectory(Path.of("target"), "ui-library-");
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            int n = 0;
            for (String place : places()) {
                for (int year : YEARS) {
                    Files.writeString(corpus.resolve("r" + n + ".txt"), report(place, year, n++), StandardCharsets.UTF_8);
                }
            }
            return Map.of("reportqa.corpus-dir", corpus.toString(), "reportqa.data-dir", dir.resolve("data").toString(),
                    "reportqa.api-keys", KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> places() {
        List<String> all = new ArrayList<>(PROVINCES);
        all.addAll(CITIES);
        all.addAll(COUNTIES);
        return all;
    }

    /** One short report in the layout of the published ones: title line, dateline, speaker, two parts. */
    static String report(String place, int year, int n) {
        String office = place.substring(place.length() - 1) + "长";
        String speaker = "张" + "一二三四五六七八九十".charAt(n % 10) + "明";
        double gdp = 100 + n * 7.5;
        return place + "政府工作报告(" + year + "年1月8日 " + speaker + ")\n\n"
                + "  ——" + year + "年1月8日在" + place + "第十届人民代表大会第" + (year - 2019) + "次会议上\n\n"
                + "  " + place + office + " " + speaker + "\n\n"
                + "  各位代表:\n\n"
                + "  现在,我代表" + place + "人民政府向大会报告工作,请予审议。\n\n"
                + "  一、" + (year - 1) + "年工作回顾\n\n"
                + "  过去一年,全" + place.substring(place.length() - 1) + "地区生产总值完成" + gdp + "亿元,增长5.8%。"
                + "新建高标准农田" + (n % 9 + 1) + "万亩。\n\n"
                + "  二、" + year + "年主要任务\n\n"
                + "  今年地区生产总值预期增长6%左右。计划新建公办幼儿园" + (n % 5 + 2) + "所。\n";
    }

    @Override
    public void stop() {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
