package io.reportqa.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reports inside a source file. A scraped compilation holds many reports, each written as a
 * {@code -} line, a title line, the whole report on one line, and a date line; any other file is one report.
 */
public final class ReportSplitter {

    private static final Pattern COMPILED_REPORT = Pattern.compile(
            "(?m)^-\\n(?<title>[^\\n]*政府工作报告)\\n(?<body>[^\\n]+)\\n\\d{4}-\\d{2}-\\d{2}$");

    public List<ReportSource> split(SourceFile file) {
        List<ReportSource> reports = new ArrayList<>();
        Matcher m = COMPILED_REPORT.matcher(file.text());
        while (m.find()) {
            reports.add(new ReportSource(file, m.group("title").strip(), m.start("body"), m.end("body")));
        }
        if (reports.isEmpty()) {
            reports.add(new ReportSource(file, "", 0, file.text().length()));
        }
        return reports;
    }
}
