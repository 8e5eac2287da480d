package io.reportqa.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How one question fared; written as one JSON line per item for inspection.
 *
 * @param answerOk right answer (or, for an unanswerable item, a refusal)
 * @param citeOk every evidence passage covered by a citation (for an unanswerable item: refused)
 * @param fullRecallRank smallest k at which the top k search hits cover every evidence passage, 0 if above 10;
 *     null where retrieval is not scored (follow-ups, unanswerable items)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(String id, String type, boolean answerOk, boolean citeOk, Boolean falseAbstain,
        Integer fullRecallRank, int answerLength, double ms, String answer, List<String> cited, String error) {

    boolean recallAt(int k) {
        return fullRecallRank != null && fullRecallRank > 0 && fullRecallRank <= k;
    }
}
