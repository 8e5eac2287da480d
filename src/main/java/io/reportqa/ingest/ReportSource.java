package io.reportqa.ingest;

/**
 * The stretch of a source file that holds one report.
 *
 * @param title the report's title as the file gives it (a heading line), empty if none
 * @param start offset of the report body in the file's text
 * @param end offset after the report body
 */
public record ReportSource(SourceFile file, String title, int start, int end) {

    public String body() {
        return file.text().substring(start, end);
    }
}
