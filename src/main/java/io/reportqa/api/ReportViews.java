package io.reportqa.api;

import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code /api/reports} shows of a report: its metadata, and on request its text by part and section. */
final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "ReportSummary")
    record Summary(String id, String title, String sourceTitle, String place, String placeShort, String level,
            LocalDate date, String speaker, String sourceFile, int paragraphs) {
    }

    @Schema(name = "ReportDetail")
    record Detail(Summary report, List<Part> parts) {
    }

    /** A part ({@code 一、…}); the front matter before the first part has an empty title. */
    /** @param appendix whether the part is an appendix of the report (附件, 名词解释), not its body */
    @Schema(name = "ReportPart")
    record Part(String title, boolean appendix, List<Section> sections) {
    }

    /** A section within a part; paragraphs before the first section have an empty title. */
    @Schema(name = "ReportSection")
    record Section(String title, List<ParagraphView> paragraphs) {
    }

    @Schema(name = "ReportParagraph")
    record ParagraphView(String id, int number, String kind, String text, int start, int end) {
    }

    /** Body of {@code GET /api/reports} and of an upload of one file. */
    @Schema(name = "ReportList")
    record ReportList(List<Summary> reports) {
    }

    /** Body of {@code DELETE /api/reports/{id}}. */
    @Schema(name = "ReportDeleted")
    record Deleted(Summary deleted) {
    }

    /** Body of an upload of several files: each file's outcome, and every report added. */
    @Schema(name = "UploadResults")
    record UploadResults(List<FileResult> results, List<Summary> reports) {
    }

    /** One file of a multi-file upload; {@code problem} only when it was not added. */
    @Schema(name = "UploadFileResult", requiredProperties = {"file", "status", "reports"})
    record FileResult(String file, int status, List<Summary> reports,
            @Schema(ref = "Problem") @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> problem) {
    }

    static Summary summary(Report r) {
        return new Summary(r.id(), r.title(), r.sourceTitle(), r.place().name(), r.place().shortName(),
                r.place().level(), r.date(), r.speaker(), r.sourceFile(), r.paragraphs().size());
    }

    static Detail detail(Report r) {
        List<Part> parts = new ArrayList<>();
        for (Paragraph p : r.paragraphs()) {
            if (parts.isEmpty() || !last(parts).title().equals(p.part())) {
                parts.add(new Part(p.part(), p.appendix(), new ArrayList<>()));
            }
            List<Section> sections = last(parts).sections();
            if (sections.isEmpty() || !last(sections).title().equals(p.section())) {
                sections.add(new Section(p.section(), new ArrayList<>()));
            }
            last(sections).paragraphs().add(new ParagraphView(p.id(), p.number(), p.kind().name(), p.text(),
                    p.start(), p.end()));
        }
        return new Detail(summary(r), parts);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
