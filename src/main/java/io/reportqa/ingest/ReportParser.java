package io.reportqa.ingest;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import java.util.ArrayList;
import java.util.List;

/** Turns a source file into the reports it holds, each with its metadata and paragraph structure. */
public final class ReportParser {

    /** A whole report on one line this long was flattened by a scraper; shorter ones are a title or a stub. */
    private static final int RUN_ON_LENGTH = 100;

    private final ReportSplitter splitter = new ReportSplitter();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final SentenceSplitter sentences = new SentenceSplitter();

    public List<Report> parse(SourceFile file, FurnitureCounter furniture) {
        List<Report> reports = new ArrayList<>();
        for (ReportSource source : splitter.split(file)) {
            reports.add(parse(source, furniture));
        }
        return reports;
    }

    private Report parse(ReportSource source, FurnitureCounter furniture) {
        String body = source.body();
        boolean runOn = body.indexOf('\n') < 0 && body.length() > RUN_ON_LENGTH;
        String sourceTitle = source.title().isEmpty() ? LineStructureReader.titleLine(body) : source.title();
        List<ParagraphDraft> drafts = runOn
                ? new RunOnStructureReader().read(source)
                : new LineStructureReader().read(source, furniture);
        MetadataExtractor.Metadata meta = metadata.extract(sourceTitle, body);
        String id = PlaceIds.slug(meta.place().shortName()) + "-" + meta.year();
        String title = meta.year() + "年" + meta.placeTitle() + "政府工作报告";
        return new Report(id, title, sourceTitle, meta.place(), meta.date(), meta.speaker(), source.file().name(),
                paragraphs(id, source.file().text(), drafts));
    }

    private List<Paragraph> paragraphs(String reportId, String text, List<ParagraphDraft> drafts) {
        List<Paragraph> out = new ArrayList<>(drafts.size());
        for (ParagraphDraft d : drafts) {
            int number = out.size() + 1;
            String content = text.substring(d.start(), d.end());
            out.add(new Paragraph(reportId + "/p" + number, reportId, number, d.kind(), d.part(), d.section(),
                    content, d.start(), d.end(), sentences.split(content, d.start()), d.appendix()));
        }
        return out;
    }
}
