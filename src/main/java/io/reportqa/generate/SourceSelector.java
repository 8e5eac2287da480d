package io.reportqa.generate;

import io.reportqa.model.Answer;
import io.reportqa.model.Citation;
import io.reportqa.model.Hit;
import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses and numbers the paragraphs a language model may cite: first those the extractive answer cites, under
 * the same numbers (so a stream that falls back to it stays consistent with the sources already sent), then the
 * best retrieved paragraphs not yet included.
 */
final class SourceSelector {

    private final Map<String, Paragraph> paragraphs;
    private final Map<String, Report> reports;
    private final int max;

    SourceSelector(Map<String, Paragraph> paragraphs, Map<String, Report> reports, int max) {
        this.paragraphs = paragraphs;
        this.reports = reports;
        this.max = max;
    }

    List<Source> select(Answer extractive, List<Hit> hits) {
        List<Source> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Citation c : extractive.citations()) {
            seen.add(c.paragraphId());
            out.add(source(c, paragraphs.get(c.paragraphId())));
        }
        for (Hit h : hits) {
            if (out.size() >= Math.max(max, extractive.citations().size())) {
                break;
            }
            Paragraph p = paragraphs.get(h.passage().paragraphId());
            if (seen.add(p.id())) {
                out.add(source(uncited(out.size() + 1, p, h.score()), p));
            }
        }
        return out;
    }

    private Source source(Citation c, Paragraph p) {
        String header = "《" + c.reportTitle() + "》" + (p.sectionPath().isEmpty() ? "" : " " + p.sectionPath());
        return new Source(c, p, header);
    }

    private Citation uncited(int index, Paragraph p, double score) {
        return new Citation(index, p.reportId(), reports.get(p.reportId()).title(), p.sectionPath(), p.number(),
                p.id(), p.text(), p.start(), p.end(), "", p.start(), p.start(), Math.round(score * 1000) / 1000.0,
                p.appendix());
    }
}
