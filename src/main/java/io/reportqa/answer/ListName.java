package io.reportqa.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a list question gives its list (上海的三大先导产业是哪三个 → 先导产业; “三大战略”是哪三个 → 战略), and
 * whether a sentence lays the list out inline against that name: 集成电路、生物医药、人工智能三大先导产业, or
 * “六保”…：保居民就业、保基本民生、…. Reports name such lists in passing, so the sentence that names the list
 * is often not the one that spells it out; this tells the two apart.
 */
record ListName(String core) {

    /** A count word opening the name: 三大, 四种, 3个, 十. */
    private static final String COUNT = "(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:大|个|项|种|类|条|张|地|保|稳)?";
    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^”\"」]{1,16})[”\"」]");
    /** 三大先导产业是…: a counted name before the asking (not 哪三个, which is the asking itself). */
    private static final Pattern COUNTED = Pattern.compile(
            "(?<!哪)(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:大|个|项|种|类)"
                    + "([\\u4e00-\\u9fa5]{2,10}?)(?=是|分别|具体|有|包括|指|[？?，,]|$)");
    private static final Pattern ASKED_COUNT = Pattern.compile(
            "哪(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2}|几)(?:大|个|项|种|类)([\\u4e00-\\u9fa5]{2,6}?)(?=[？?，,]|$)");
    private static final Pattern LEADING_COUNT = Pattern.compile("^" + COUNT);
    /** How far from the name an inline list may run (characters), and the marks that end a clause. */
    private static final int REACH = 60;
    private static final String CLAUSE_ENDS = "，。；：,;:！？";
    /** An item's heading clause: up to its first stop or comma. */
    private static final Pattern ITEM_HEAD = Pattern.compile("[^。；，：,;:]+");
    private static final Pattern INTRODUCES = Pattern.compile("[”\"」]?[^，。；,;]{0,3}?(?:[：:]|即|包括|分别是)");

    /** The name of the list the question asks for, if it gives one. */
    static Optional<ListName> of(String question) {
        Matcher quoted = QUOTED.matcher(question);
        if (quoted.find()) {
            // A quoted single character (实现哪几个“大”) is the mark each item carries: 一是实现经济实力大跨越.
            return named(quoted.group(1), 1);
        }
        Matcher counted = COUNTED.matcher(question);
        if (counted.find()) {
            return named(counted.group(1), 2);
        }
        Matcher asked = ASKED_COUNT.matcher(question);
        return asked.find() ? named(asked.group(1), 2) : Optional.empty();
    }

    private static Optional<ListName> named(String name, int shortest) {
        String core = LEADING_COUNT.matcher(name).replaceFirst("");
        return core.length() >= shortest ? Optional.of(new ListName(core)) : Optional.empty();
    }

    /**
     * True when the sentence is an item of a numbered sequence whose heading clause carries the name or mark
     * (“大” in 一是实现经济实力大跨越, 高地 in 二是打造人才汇聚高地): the list is laid out one item per sentence.
     */
    boolean headsItem(String sentence) {
        if (!ListGatherer.isOrdinalItem(sentence)) {
            return false;
        }
        Matcher clause = ITEM_HEAD.matcher(sentence);
        return clause.lookingAt() && clause.group().contains(core);
    }

    /**
     * True when the sentence lists items (two or more joined by 、) right before the name, within one clause,
     * or right after it, past a colon or 即/包括.
     */
    boolean laidOutIn(String sentence) {
        if (core.length() < 2) {
            return false;
        }
        for (int at = sentence.indexOf(core); at >= 0; at = sentence.indexOf(core, at + 1)) {
            if (items(clauseBefore(sentence, at)) >= 2 || items(clauseAfter(sentence, at + core.length())) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static String clauseBefore(String s, int end) {
        int from = end;
        while (from > 0 && end - from < REACH && CLAUSE_ENDS.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        return s.substring(from, end);
    }

    /**
     * The items after the name when a colon or 即/包括 introduces them within a few characters (“六保”即：…);
     * a comma does not, since what follows it is usually the next thing done.
     */
    private static String clauseAfter(String s, int start) {
        Matcher intro = INTRODUCES.matcher(s).region(start, Math.min(s.length(), start + 6));
        if (!intro.lookingAt()) {
            return "";
        }
        int from = intro.end();
        int to = from;
        while (to < s.length() && to - from < REACH && "。；;".indexOf(s.charAt(to)) < 0) {
            to++;
        }
        return s.substring(from, to);
    }

    private static int items(String clause) {
        return (int) clause.chars().filter(c -> c == '、').count() + 1;
    }
}
