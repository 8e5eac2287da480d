package io.reportqa.answer;

import io.reportqa.model.Citation;
import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import io.reportqa.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes answer text with {@code [n]} markers and the citations they point to. Sentences are quoted verbatim;
 * each cited paragraph gets one number, in order of first use, and the marker goes before the sentence's
 * closing punctuation.
 */
final class CitationWriter {

    private final Map<String, Report> reports;
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, List<Sentence>> quoted = new LinkedHashMap<>();
    private final Map<String, Paragraph> cited = new LinkedHashMap<>();
    private final Map<String, Double> scores = new LinkedHashMap<>();

    CitationWriter(Map<String, Report> reports) {
        this.reports = reports;
    }

    CitationWriter write(String plain) {
        text.append(plain);
        return this;
    }

    CitationWriter quote(Paragraph p, Sentence s, double score) {
        int n = cite(p, score);
        quoted.get(p.id()).add(s);
        String body = s.text();
        char last = body.charAt(body.length() - 1);
        if ("。；;！!？?，,".indexOf(last) >= 0) {
            text.append(body, 0, body.length() - 1).append('[').append(n).append(']').append(last == '；' || last == ';' ? '。' : last);
        } else {
            text.append(body).append('[').append(n).append("]。");
        }
        return this;
    }

    /** Cites a paragraph without quoting it, as the closest text to a question that cannot be answered. */
    int cite(Paragraph p, double score) {
        Integer n = numbers.get(p.id());
        if (n == null) {
            n = numbers.size() + 1;
            numbers.put(p.id(), n);
            quoted.put(p.id(), new ArrayList<>());
            cited.put(p.id(), p);
            scores.put(p.id(), score);
        }
        return n;
    }

    String text() {
        return text.toString();
    }

    List<Citation> citations() {
        List<Citation> out = new ArrayList<>();
        for (var e : numbers.entrySet()) {
            Paragraph p = cited.get(e.getKey());
            List<Sentence> q = quoted.get(e.getKey());
            int quoteStart = q.stream().mapToInt(Sentence::start).min().orElse(p.start());
            int quoteEnd = q.stream().mapToInt(Sentence::end).max().orElse(p.start());
            String quote = q.isEmpty() ? "" : p.text().substring(quoteStart - p.start(), quoteEnd - p.start());
            out.add(new Citation(e.getValue(), p.reportId(), reports.get(p.reportId()).title(), p.sectionPath(),
                    p.number(), p.id(), p.text(), p.start(), p.end(), quote, q.isEmpty() ? p.start() : quoteStart,
                    q.isEmpty() ? p.start() : quoteEnd, Math.round(scores.get(e.getKey()) * 1000) / 1000.0, p.appendix()));
        }
        return out;
    }
}
