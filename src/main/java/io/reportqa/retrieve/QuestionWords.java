package io.reportqa.retrieve;

import java.util.regex.Pattern;

/** Words that ask rather than tell: they carry no content to match against the reports. */
public final class QuestionWords {

    private static final Pattern ASKING = Pattern.compile(
            "^那么|^那|请问|什么水平|什么规模|多大规模|什么程度|是多少|有多少|多少|是什么|什么|有哪些|哪些|哪几|哪个|哪座|哪里|哪儿|哪|是否|怎么样|怎样|怎么|如何|为什么|"
                    + "分别是|分别|具体|主要|达到了|到了|了吗|吗|呢|么|啊|吧|几");

    private QuestionWords() {
    }

    /** The text with asking words replaced by a space, so no term bridges across them. */
    public static String strip(String text) {
        return ASKING.matcher(text).replaceAll(" ");
    }
}
