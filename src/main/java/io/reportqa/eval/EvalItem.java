package io.reportqa.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One question of an evaluation file (JSON lines, the format of the dev set).
 *
 * @param type fact, list, target, followup, paraphrase, cross or unanswerable
 * @param history earlier user questions of the conversation, oldest first
 * @param answerKeys groups of accepted strings; an answer is right when it holds one string of every group
 * @param evidence verbatim passages that hold the answer
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalItem(String id, String report, String type, List<String> history, String question,
        @JsonProperty("answer_keys") List<List<String>> answerKeys, List<String> evidence) {

    public EvalItem {
        history = history == null ? List.of() : List.copyOf(history);
        answerKeys = answerKeys == null ? List.of() : List.copyOf(answerKeys);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        type = type == null ? "fact" : type;
    }

    public boolean unanswerable() {
        return "unanswerable".equals(type);
    }
}
