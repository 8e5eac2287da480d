package io.reportqa.answer;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What kind of answer a question wants, read from its wording; {@code asked} is the question understood. */
record Intent(boolean quantity, boolean list, int listSize, boolean reportFacts, OptionalInt year,
        Question.Period period, String unit, Asked asked, java.util.Optional<ListName> listName) {

    private static final Pattern QUANTITY = Pattern.compile("多少|几|多大|多长|多高|比例|比重|增速|增幅|规模|总量|水平|目标|率|第几");
    private static final Pattern LIST = Pattern.compile("哪些|哪几|哪[0-9一二两三四五六七八九十]|分别是|具体是|包括|有什么");
    private static final Pattern COUNT = Pattern.compile("([一二两三四五六七八九十])(?:种|个|大|项|类|件|方面|条)");
    /** The unit a quantity question asks in: 多少万人 → 万人, 多少钱 → 元. */
    private static final Pattern UNIT = Pattern.compile(
            "多少(万人次|人次|万人|亿元|万元|万吨|万亩|万户|钱|元|个|户|家|头|吨|亩|公里|所|座|项|件|倍|天|人)");
    /** Who delivered it, asked by office: 青海省的省长是谁? */
    private static final Pattern SPEAKER = Pattern.compile("(省长|市长|区长|县长|州长|旗长|盟长|报告人)是谁");
    private static final Pattern REPORT_FACTS = Pattern.compile("报告人|谁作|谁做|哪天|哪一天|什么时候|何时|日期|哪次会议|什么会议|哪个会议|谁");

    /** The same intent with the question understood differently. */
    Intent withAsked(Asked other) {
        return new Intent(quantity, list, listSize, reportFacts, year, period, unit, other, listName);
    }

    static Intent of(Question q, Asked asked) {
        String question = q.text();
        boolean list = LIST.matcher(question).find();
        int size = 0;
        Matcher count = COUNT.matcher(question);
        if (count.find()) {
            size = "一二三四五六七八九十".indexOf(count.group(1).replace('两', '二')) + 1;
        }
        boolean reportFacts = question.contains("报告") && REPORT_FACTS.matcher(question).find()
                || SPEAKER.matcher(question).find();
        Matcher unit = UNIT.matcher(question);
        String unitAsked = unit.find() ? unit.group(1).replace("钱", "元") : "";
        return new Intent(QUANTITY.matcher(question).find(), list, size, reportFacts, q.year(), q.period(), unitAsked,
                asked, list ? ListName.of(question) : java.util.Optional.empty());
    }
}
