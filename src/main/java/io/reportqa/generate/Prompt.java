package io.reportqa.generate;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;

/** The instructions and numbered paragraphs sent to the language model, in Chinese like the reports. */
final class Prompt {

    static final String NOT_IN_SOURCES = "报告中未提及";

    private static final String RULES = String.join("\n",
            "你是政府工作报告问答助手，只依据下面编号的报告段落回答问题，不使用段落以外的任何知识。",
            "规则：",
            "1. 用简洁的中文回答，通常一到三句话，直接给出答案。",
            "2. 每一句话都必须在句末标点之前标注它所依据的段落编号，例如“……2581.3亿元[1]。”；依据多个段落时写成[1][2]。",
            "3. 数字、百分比和金额必须与段落原文一字不差，不得换算、四舍五入、相加或推算。",
            "4. 如果段落中没有答案，只回答“" + NOT_IN_SOURCES + "”。");

    private Prompt() {
    }

    static List<ChatMessage> of(String question, List<Source> sources) {
        StringBuilder user = new StringBuilder("段落：\n");
        for (Source s : sources) {
            user.append('[').append(s.index()).append("] ").append(s.header()).append('\n')
                    .append(s.paragraph().text()).append("\n\n");
        }
        user.append("问题：").append(question);
        return List.of(SystemMessage.from(RULES), UserMessage.from(user.toString()));
    }
}
