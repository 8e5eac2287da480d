package io.reportqa.answer;

import io.reportqa.retrieve.Synonyms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a question once ({@link Asked}): what is measured, what kind of value is asked for, for which year
 * and whether a result or a target. A follow-up that names no measure of its own ("那2022年呢?") keeps the
 * earlier question's measure and kind and takes its own year.
 */
final class AskedReader {

    private static final Pattern LAST_YEAR = Pattern.compile("去年|上年|上一年|过去一年");
    private static final Pattern THIS_YEAR = Pattern.compile("今年|本年度|当年");
    private static final Pattern RESULT_FIRM = Pattern.compile("实际|完成了|实现了|已经|已达|累计");
    /** Target words; 要 not inside 主要/重要/需要, 定在 not inside 稳定在 (which reviews use too). */
    private static final Pattern TARGET = Pattern.compile("目标|计划|预期|预计|力争|打算|准备|争取|(?<![主重需只])要(?!求)|将|规划|(?<!稳)定在");
    private static final Pattern RESULT = Pattern.compile("达到了|去年|上年|过去|以来|增长了|提高了|下降了|上涨了|涨了|现在|目前|当前");
    private static final Pattern GROWTH = Pattern.compile(
            "增长了?多少|增长率|增速|增幅|涨幅|上涨了?多少|涨了多少|下降了?多少|降了多少|降低了?多少|提高了?多少|提升了?多少|年均增长");
    private static final Pattern LEVEL = Pattern.compile("总量|总额|总数|总规模|规模|水平");
    private static final Pattern QUANTITY = Pattern.compile("多少|几|多大|多高|多长|多快|比例|比重|增速|增幅|涨幅|总量|第几");
    private static final Pattern UNIT_ASKED = Pattern.compile("(?:多少|几)\\s*([万亿千百]*[\\u4e00-\\u9fa5A-Za-z/%]{1,6})");
    private static final Pattern LIST = Pattern.compile("哪些|哪几|哪[0-9一二两三四五六七八九十]|分别是|具体是|包括|有什么");
    private static final Pattern COUNT = Pattern.compile("([0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:种|个|大|项|类|件|方面|条|点|方面工作)");
    private static final Pattern NATIONAL = Pattern.compile("全国|我国|国务院|^国家|中央政府");
    /** Words that say when or where rather than what: dropped before the focus is read. */
    private static final Pattern NOT_FOCUS = Pattern.compile(
            "(?:19|20)\\d{2}年(?:末|初|底|度)?|去年|今年|明年|上年|目前|现在|当前|过去一年|过去五年|五年来|这五年|今后五年"
                    + "|近年来|全年|年末|年底|一共|总共|总计|合计|“十[三四五]五”(?:期间|时期)?|十[三四五]五(?:期间|时期)?|请问|政府工作报告(?:里|中)?|报告(?:里|中)?"
                    + "|全市|全省|全区|全县|全州|全盟|全旗|全国|我国|国务院|本市|该市|提出的?|提到的?|中的"
                    + "|^\\s*(?:那么|那|其中|另外|还有|此外|而)|呢|[?？!！。]");
    /** Where the measure's name ends and the asking begins. */
    private static final Pattern ASKING = Pattern.compile(
            "是多|有多|为多|多少|多高|多大|是几|为几|排名|排第|排在|位居|位列|名列|第几|几|达到|达|增长|提高|提升|下降|降低|上涨|涨了|降到|降为|降了|控制|(?<![主重需只])要(?!求)|预期"
                    + "|目标|计划|实际|完成|实现|分别|是什么|是哪|哪|怎样|如何|吗|定在|保持|稳定在|突破|超过|预计|力争|占");
    /** Words after a measure's name that ask for its level or its growth (地区生产总值总量, GDP增速). */
    private static final Pattern LEVEL_OR_GROWTH_END = Pattern.compile(
            "(总量|总额|总数|总规模|规模|水平|情况|数量|增速|增幅|涨幅|增长率|增长速度|增长目标|目标)$");
    private static final Pattern COUNTED = Pattern.compile(
            "(?:多少|几)(?:个|头|家|所|座|项|条|件|列|辆|台|部|艘|架|名|位|只|户|批|处|套|张|枚)([0-9A-Za-z\\u4e00-\\u9fa5]{2,12})");
    private static final Pattern SEVERAL = Pattern.compile("以及|[和与及、]");
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";
    /** Longest counted noun read as the thing counted (沿海港口城市 is 6); longer runs describe, not name. */
    private static final int MAX_COUNTED_NOUN = 6;

    private final UnaryOperator<String> withoutPlaces;
    private final ValueKinds kinds;
    private final Synonyms synonyms;

    AskedReader(UnaryOperator<String> withoutPlaces) {
        this(withoutPlaces, ValueKinds.DEFAULT, Synonyms.DEFAULT);
    }

    AskedReader(UnaryOperator<String> withoutPlaces, ValueKinds kinds, Synonyms synonyms) {
        this.withoutPlaces = withoutPlaces;
        this.kinds = kinds;
        this.synonyms = synonyms;
    }

    Asked read(Question q) {
        Asked own = readOne(q.text());
        if (q.context().isEmpty() || !own.focus().isEmpty()) {
            return own;
        }
        Asked earlier = readOne(q.context());
        boolean ownYear = own.year().isPresent() || own.relative() != Asked.Relative.NONE;
        return new Asked(earlier.focus(), earlier.measured(), own.asksAmount() ? own.kind() : earlier.kind(),
                own.growth() || earlier.growth(), ownYear ? own.year() : earlier.year(),
                ownYear ? own.relative() : earlier.relative(),
                own.want() != Asked.Want.ANY || ownYear ? own.want() : earlier.want(),
                own.list() || earlier.list(), own.listSize(), own.national() || earlier.national(),
                earlier.measures());
    }

    Asked readOne(String asked) {
        // "2025年政府工作报告里说…" names the report, not the year asked about (YearScope picks the report).
        String text = YearScope.REPORT_OF_YEAR.matcher(asked).replaceAll(" ");
        String part = firstAsking(text);
        boolean growth = GROWTH.matcher(part).find();
        List<String> focus = focus(part);
        boolean several = focus.size() == 1 && SEVERAL.matcher(focus.get(0)).find();
        boolean measured = !focus.isEmpty() && !several
                && (measureOf(focus.get(focus.size() - 1)).isPresent() || countedNoun(part, focus));
        String kind = kind(part, growth, focus, measured);
        boolean list = LIST.matcher(text).find();
        List<String> measures = several ? SEVERAL.splitAsStream(focus.get(0)).map(this::stripLevel)
                .filter(m -> m.length() >= 2).toList() : askedApart(text);
        Asked.Want want = want(text);
        return new Asked(several ? List.of() : focus, measured, kind, growth,
                YearScope.askedYear(text, want == Asked.Want.TARGET), relative(text), want, list, listSize(text),
                // 国务院 inside "2020年的国务院政府工作报告" names the report and its scope alike.
                NATIONAL.matcher(asked).find(), measures);
    }

    /**
     * The measures of a question that asks two things in two sentences (技术合同成交额要突破多少?今年计划新建多少个
     * 5G基站?), each sentence's own measure; empty when fewer than two sentences ask for an amount.
     */
    private List<String> askedApart(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : text.split("[?？]")) {
            if (QUANTITY.matcher(sentence).find()) {
                List<String> f = focus(sentence);
                if (!f.isEmpty() && f.get(f.size() - 1).length() >= 2) {
                    out.add(f.get(f.size() - 1));
                }
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * True when the focus is a short noun counted by a classifier (多少个沿海港口城市, 多少部电梯): the thing
     * counted, which a sentence must name as a measure's name must be named. A long run after the classifier is the
     * asker's own description (多少个破旧的老居民区翻新了一遍), which the report words differently.
     */
    private static boolean countedNoun(String part, List<String> focus) {
        Matcher m = COUNTED.matcher(part);
        return focus.size() == 1 && m.find() && m.group(1).equals(focus.get(0))
                && focus.get(0).length() <= MAX_COUNTED_NOUN;
    }

    /** The clause that asks for an amount ("…是多少?增长了多少?" asks two; the first sets the measure). */
    private static String firstAsking(String text) {
        // "对东江湖的水质提出了什么要求,要保持在几类": the clause with the asking word is the one to read.
        for (String clause : text.split("[?？;；，,]")) {
            if (QUANTITY.matcher(clause).find()) {
                return clause;
            }
        }
        return text;
    }

    private String kind(String part, boolean growth, List<String> focus, boolean measured) {
        Matcher unit = UNIT_ASKED.matcher(part);
        while (unit.find()) {
            String u = unit.group(1);
            for (int len = u.length(); len > 0; len--) {
                Optional<String> k = kinds.kindOfUnit(u.substring(0, len).replace("钱", "元"));
                if (k.isPresent()) {
                    return k.get();
                }
            }
        }
        if (growth) {
            return ValueKinds.RATE;
        }
        if (!QUANTITY.matcher(part).find()) {
            return "";
        }
        // 经济总量 names a measure; 总量 after another name (地区生产总值总量) asks for its level.
        if (LEVEL.matcher(synonyms.canonical(part)).find() && !focus.isEmpty()) {
            return ValueKinds.AMOUNT;
        }
        if (measured) {
            return measureOf(focus.get(focus.size() - 1)).map(kinds::kindOfMeasure).orElse(ValueKinds.ANY);
        }
        return ValueKinds.ANY;
    }

    /**
     * The measure ending of a focus part, or of the synonym group it names (经济总量 → 地区生产总值 → 总值); a group
     * whose name has no ending (居民消费价格) is a measure of its own.
     */
    private Optional<String> measureOf(String part) {
        Optional<String> own = kinds.measureEnding(part);
        if (own.isPresent()) {
            return own;
        }
        for (List<String> group : synonyms.groups()) {
            if (group.stream().anyMatch(part::endsWith)) {
                return Optional.of(kinds.measureEnding(group.get(0)).orElse(group.get(0)));
            }
        }
        return Optional.empty();
    }

    /** The measure's name: what stands before the asking words, once places and times are taken out, split at 的. */
    List<String> focus(String part) {
        String rest = NOT_FOCUS.matcher(withoutPlaces.apply(part)).replaceAll(" ");
        // "开放多少个沿海港口城市", "新增多少头肉牛": what is counted follows the classifier.
        Matcher counted = COUNTED.matcher(rest);
        if (counted.find()) {
            return List.of(counted.group(1));
        }
        Matcher ask = ASKING.matcher(rest);
        String region = ask.find() ? rest.substring(0, ask.start()) : rest;
        // The name stands right before the asking, in one run of word characters (的 may join its parts):
        // "经过五年发展,地区生产总值达到多少" measures 地区生产总值; markup or punctuation before it is not part of it.
        List<String> runs = java.util.Arrays.stream(region.split("[^\\p{L}\\p{N}&.%/]+"))
                .filter(r -> r.length() >= 2).toList();
        region = runs.isEmpty() ? "" : runs.get(runs.size() - 1);
        List<String> out = new ArrayList<>();
        for (String p : region.split("的|\\s+")) {
            String s = stripLevel(p.replaceAll("^[在对把将了]+", "").strip());
            if (s.length() >= 2) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * 地区生产总值总量 → 地区生产总值, GDP增速 → GDP (the level or growth word says what kind of value is asked,
     * not what is measured).
     */
    private String stripLevel(String part) {
        Matcher m = LEVEL_OR_GROWTH_END.matcher(part);
        if (!m.find() || m.start() < 2) {
            return part;
        }
        for (List<String> group : synonyms.groups()) {
            for (String v : group) {
                if (v.endsWith(m.group(1)) && part.endsWith(v)) {
                    return part;
                }
            }
        }
        return part.substring(0, m.start());
    }

    private static Asked.Relative relative(String text) {
        if (LAST_YEAR.matcher(text).find()) {
            return Asked.Relative.LAST_YEAR;
        }
        return THIS_YEAR.matcher(text).find() ? Asked.Relative.THIS_YEAR : Asked.Relative.NONE;
    }

    private static Asked.Want want(String text) {
        if (RESULT_FIRM.matcher(text).find()) {
            return Asked.Want.RESULT;
        }
        if (TARGET.matcher(text).find()) {
            return Asked.Want.TARGET;
        }
        return RESULT.matcher(text).find() ? Asked.Want.RESULT : Asked.Want.ANY;
    }

    private static int listSize(String text) {
        Matcher m = COUNT.matcher(text);
        if (!m.find()) {
            return 0;
        }
        String n = m.group(1).replace('两', '二');
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n);
        }
        if (n.length() == 2) {
            return n.charAt(0) == '十' ? 10 + CHINESE_DIGITS.indexOf(n.charAt(1)) + 1
                    : (CHINESE_DIGITS.indexOf(n.charAt(0)) + 1) * 10;
        }
        return CHINESE_DIGITS.indexOf(n.charAt(0)) + 1;
    }
}
