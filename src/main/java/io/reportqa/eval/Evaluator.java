package io.reportqa.eval;

import io.reportqa.answer.QaService;
import io.reportqa.answer.Turn;
import io.reportqa.model.Answer;
import io.reportqa.model.Citation;
import io.reportqa.model.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs question files through the pipeline in process, as a client would: a follow-up's earlier questions are
 * asked first and their answers become the history. Retrieval is scored on the question alone with
 * {@code search(question, 10)}.
 */
public final class Evaluator {

    static final int SEARCH_DEPTH = 10;
    private static final int ANSWER_EXCERPT = 300;

    private final QaService qa;
    private final int topK;

    public Evaluator(QaService qa, int topK) {
        this.qa = qa;
        this.topK = topK;
    }

    public EvalReport run(List<EvalItem> items) {
        List<ItemResult> rows = new ArrayList<>(items.size());
        for (EvalItem item : items) {
            rows.add(evaluate(item));
        }
        return EvalReport.of(rows);
    }

    private ItemResult evaluate(EvalItem item) {
        try {
            List<Turn> history = new ArrayList<>();
            for (String earlier : item.history()) {
                Answer a = qa.ask(earlier, history, Set.of(), topK);
                history.add(new Turn("user", earlier));
                history.add(new Turn("assistant", a.answer()));
            }
            long t0 = System.nanoTime();
            Answer a = qa.ask(item.question(), history, Set.of(), topK);
            double ms = (System.nanoTime() - t0) / 1e6;
            return score(item, a, ms);
        } catch (RuntimeException e) {
            // A failed question scores as wrong and is counted; the run goes on.
            return new ItemResult(item.id(), item.type(), false, false, null, null, 0, 0, "", List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ItemResult score(EvalItem item, Answer a, double ms) {
        List<String> citedTexts = a.citations().stream().map(Citation::text).toList();
        boolean answerOk;
        boolean citeOk;
        Boolean falseAbstain = null;
        if (item.unanswerable()) {
            answerOk = !a.answerable();
            citeOk = answerOk;
        } else {
            answerOk = a.answerable() && Scoring.keysHold(a.answer(), item.answerKeys());
            citeOk = !citedTexts.isEmpty() && Scoring.allCovered(citedTexts, item.evidence());
            falseAbstain = !a.answerable();
        }
        Integer rank = item.unanswerable() || "followup".equals(item.type()) ? null : fullRecallRank(item);
        String excerpt = a.answer().length() > ANSWER_EXCERPT ? a.answer().substring(0, ANSWER_EXCERPT) : a.answer();
        return new ItemResult(item.id(), item.type(), answerOk, citeOk, falseAbstain, rank, a.answer().length(),
                Math.round(ms * 10) / 10.0, excerpt, a.citations().stream().map(Citation::paragraphId).toList(), null);
    }

    private int fullRecallRank(EvalItem item) {
        List<Hit> hits = qa.search(item.question(), Set.of(), SEARCH_DEPTH);
        List<String> texts = new ArrayList<>();
        for (Hit h : hits) {
            texts.add(h.passage().text());
            if (Scoring.allCovered(texts, item.evidence())) {
                return texts.size();
            }
        }
        return 0;
    }
}
