package io.reportqa.answer;

import io.reportqa.model.Answer;
import io.reportqa.model.Paragraph;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Report;
import java.util.Optional;

/**
 * Answers when and by whom a report was delivered by quoting its dateline and speaker lines, which the parser
 * found in the front matter; these lines rarely share words with the question, so retrieval alone misses them.
 */
final class ReportFactsAnswerer {

    Optional<Answer> answer(Report report, CitationWriter out) {
        Optional<Paragraph> dateline = front(report, "会议上");
        Optional<Paragraph> speaker = report.speaker().isEmpty() ? Optional.empty() : front(report, report.speaker());
        if (dateline.isEmpty() && speaker.isEmpty()) {
            return Optional.empty();
        }
        out.write("《" + report.title() + "》：");
        dateline.ifPresent(p -> out.quote(p, p.sentences().get(0), 1));
        speaker.filter(p -> dateline.isEmpty() || !p.id().equals(dateline.get().id()))
                .ifPresent(p -> out.quote(p, p.sentences().get(0), 1));
        if (!report.speaker().isEmpty()) {
            out.write("报告人：" + report.speaker() + "。");
        }
        return Optional.of(new Answer(out.text(), true, out.citations(), 1));
    }

    private static Optional<Paragraph> front(Report report, String containing) {
        return report.paragraphs().stream()
                .filter(p -> p.kind() == ParagraphKind.FRONT
                        && p.text().replaceAll("[\\s\u3000]", "").contains(containing))
                .findFirst();
    }
}
