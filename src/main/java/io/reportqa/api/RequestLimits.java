package io.reportqa.api;

import io.reportqa.answer.Turn;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.library.Library;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks requests against the documented limits; each violation is a 400 (or 404 for an unknown report). */
@Singleton
public class RequestLimits {

    static final Pattern REPORT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final ReportQaConfig.Limits limits;
    private final Library library;

    RequestLimits(ReportQaConfig config, Library library) {
        this.limits = config.limits();
        this.library = library;
    }

    /** The question as a reader sees it (see {@link VisibleText}), stripped; it must hold a letter or digit. */
    public String question(String question, String field) {
        if (question == null || question.isBlank()) {
            throw ProblemException.badRequest(field + " 不能为空 / '" + field + "' is required and must not be blank");
        }
        if (question.length() > limits.maxQuestionChars()) {
            throw ProblemException.badRequest(field + " 超过 " + limits.maxQuestionChars() + " 个字符 / '" + field
                    + "' is longer than " + limits.maxQuestionChars() + " characters");
        }
        String visible = VisibleText.of(question).strip();
        if (!VisibleText.hasWords(visible)) {
            throw ProblemException.badRequest(field + " 须包含文字 / '" + field
                    + "' has no letters or digits once control and invisible characters are removed");
        }
        return visible;
    }

    List<Turn> history(List<AskRequest.HistoryTurn> history) {
        if (history == null) {
            return List.of();
        }
        if (history.size() > limits.maxHistoryTurns()) {
            throw ProblemException.badRequest("history 最多 " + limits.maxHistoryTurns() + " 条 / 'history' has more than "
                    + limits.maxHistoryTurns() + " turns");
        }
        return history.stream().map(this::turn).toList();
    }

    /** An earlier turn's text, as a reader sees it, within the length limit. */
    public String turnText(String content) {
        String text = content == null ? "" : content;
        if (text.length() > limits.maxTurnChars()) {
            throw ProblemException.badRequest("history 单条超过 " + limits.maxTurnChars() + " 个字符 / a history turn is longer than "
                    + limits.maxTurnChars() + " characters");
        }
        return VisibleText.of(text);
    }

    private Turn turn(AskRequest.HistoryTurn t) {
        if (t == null || t.role() == null || !(t.role().equals("user") || t.role().equals("assistant"))) {
            throw ProblemException.badRequest("history 的 role 只能是 user 或 assistant / history role must be 'user' or 'assistant'");
        }
        return new Turn(t.role(), turnText(t.content()));
    }

    int k(Integer k, int fallback, String field) {
        if (k == null) {
            return fallback;
        }
        if (k < 1 || k > limits.maxTopK()) {
            throw ProblemException.badRequest(field + " 须在 1 到 " + limits.maxTopK() + " 之间 / '" + field
                    + "' must be between 1 and " + limits.maxTopK());
        }
        return k;
    }

    Set<String> reportIds(List<String> ids) {
        if (ids == null) {
            return Set.of();
        }
        if (ids.size() > limits.maxReportIds()) {
            throw ProblemException.badRequest("reportIds 最多 " + limits.maxReportIds() + " 个 / 'reportIds' has more than "
                    + limits.maxReportIds() + " ids");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            out.add(reportId(id));
        }
        return out;
    }

    String reportId(String id) {
        if (id == null || !REPORT_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("报告 id 格式无效 / report ids are lower-case letters, digits and '-'");
        }
        if (library.current().corpus().report(id).isEmpty()) {
            throw new ProblemException(404, "unknown-report", "报告不存在 / Unknown report",
                    "没有 id 为 " + id + " 的报告 / There is no report with id '" + id + "'");
        }
        return id;
    }
}
