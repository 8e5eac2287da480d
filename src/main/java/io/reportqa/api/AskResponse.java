package io.reportqa.api;

import io.reportqa.model.Answer;
import io.reportqa.model.AnswerItem;
import io.reportqa.model.Citation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a {@code POST /api/ask} response. */
public record AskResponse(String answer, boolean answerable, List<Citation> citations, double confidence,
        @Schema(description = "extractive（原句摘录）或 llm（大模型生成并经过引用与数字核验）", example = "extractive")
        String composer,
        @Schema(description = "大模型回答中因引用或数字无法核验而删去的句子数", example = "0")
        int removedSentences,
        @Schema(description = "配置了大模型却未采用其回答的原因：timeout、error、unverified；否则为 null", nullable = true)
        String llmFallback,
        double tookMs,
        @Schema(description = "列举类问题的各项（原文句子及其引用编号 [n]），按报告中的顺序；其他问题为空数组")
        List<AnswerItem> items) {

    static AskResponse of(Answer a, double tookMs) {
        return new AskResponse(a.answer(), a.answerable(), a.citations(), a.confidence(), a.composer(),
                a.removedSentences(), a.llmFallback(), tookMs, a.items());
    }
}
