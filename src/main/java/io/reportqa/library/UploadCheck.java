package io.reportqa.library;

import io.reportqa.ingest.CorpusLoader;
import io.reportqa.ingest.SourceFile;
import io.reportqa.model.ParagraphKind;
import io.reportqa.model.Report;
import java.util.List;
import java.util.Map;

/** What an uploaded file must be to be added: reports with a place, a year and body text, none served already. */
final class UploadCheck {

    private final CorpusLoader loader;
    private final int maxUploadParagraphs;

    UploadCheck(CorpusLoader loader, int maxUploadParagraphs) {
        this.loader = loader;
        this.maxUploadParagraphs = maxUploadParagraphs;
    }

    /**
     * Parses a file alone and refuses it when it holds no report, a report without body text, a report already
     * served, or more paragraphs than allowed.
     */
    List<Report> reportsOf(Library.Incoming f, Map<String, Report> served) {
        List<Report> incoming = loader.reportsIn(new SourceFile(SourceStore.UPLOADS + "/" + f.stem() + ".txt", f.text()));
        if (incoming.isEmpty() || incoming.stream().anyMatch(r -> r.place().name().isEmpty() || r.year() < 1949)) {
            throw new LibraryException(LibraryException.Kind.NO_REPORT,
                    "找不到报告标题（如“2023年某某市政府工作报告”）或其地点、年份 / no report title, place or year found in the document");
        }
        for (Report r : incoming) {
            if (r.paragraphs().stream().noneMatch(p -> p.kind() == ParagraphKind.TEXT)) {
                throw new LibraryException(LibraryException.Kind.NO_BODY, "报告 " + r.id()
                        + " 没有可引用的正文段落（只有标题、日期行或报告人） / report '" + r.id()
                        + "' has no quotable body paragraphs, only a title, dateline or speaker line");
            }
            refuseServed(r, served);
        }
        UploadLimitException.checkParagraphs(incoming, maxUploadParagraphs);
        return incoming;
    }

    static void refuseServed(Report r, Map<String, Report> served) {
        Report existing = served.get(r.id());
        if (existing != null && existing.place().name().equals(r.place().name())) {
            throw new LibraryException(LibraryException.Kind.DUPLICATE, "报告 " + r.id()
                    + " 已存在，请先删除 / report '" + r.id() + "' exists already; delete it first");
        }
    }
}
