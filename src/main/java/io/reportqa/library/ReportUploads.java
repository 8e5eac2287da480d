package io.reportqa.library;

import io.reportqa.ingest.DocumentFormat;
import io.reportqa.ingest.DocumentLimitException;
import io.reportqa.ingest.ParseLimits;
import io.reportqa.ingest.DocumentText;
import io.reportqa.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds report files as users have them (text, Markdown, HTML, PDF, .docx), several at once, and says for each
 * what became of it in HTTP terms: the same outcome whether the file came over {@code POST /api/reports} or
 * from the {@code import} command. Each file is converted and checked alone; all accepted ones are indexed in
 * one commit.
 */
public final class ReportUploads {

    public static final String FORMATS = ".txt .md .html .pdf .docx";

    /** A file as received: its name (may be null), declared media type (may be null) and bytes. */
    public record File(String name, String mediaType, byte[] bytes) {
    }

    /**
     * What became of one file: {@code status} 201 with the reports it added, or a 4xx with a problem type slug,
     * a title and a detail (Chinese first, then English).
     */
    public record Result(String file, int status, List<Report> reports, String type, String title, String detail) {

        public boolean added() {
            return status == 201;
        }

        static Result refused(String file, int status, String type, String title, String detail) {
            return new Result(file, status, List.of(), type, title, detail);
        }
    }

    private final Library library;
    private final long maxBytes;
    private final ParseLimits parseLimits;

    public ReportUploads(Library library, long maxBytes) {
        this(library, maxBytes, ParseLimits.DEFAULT);
    }

    /** @param parseLimits what reading one file may cost (nesting, PDF pages and memory, time) */
    public ReportUploads(Library library, long maxBytes, ParseLimits parseLimits) {
        this.library = library;
        this.maxBytes = maxBytes;
        this.parseLimits = parseLimits;
    }

    public Result add(File file) {
        return addAll(List.of(file)).get(0);
    }

    public List<Result> addAll(List<File> files) {
        return addAll(files, () -> true);
    }

    /** @param waiting whether the client still waits for the answer; when it stops, nothing is added */
    public List<Result> addAll(List<File> files, java.util.function.BooleanSupplier waiting) {
        Result[] results = new Result[files.size()];
        List<Library.Incoming> incoming = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            File f = files.get(i);
            try {
                incoming.add(new Library.Incoming(label(f), stem(f.name()), text(f)));
                positions.add(i);
            } catch (Refusal r) {
                results[i] = r.result;
            }
        }
        List<Library.Outcome> outcomes = incoming.isEmpty() ? List.of() : library.addAll(incoming, waiting);
        for (int j = 0; j < outcomes.size(); j++) {
            results[positions.get(j)] = result(outcomes.get(j));
        }
        return List.of(results);
    }

    private String text(File f) {
        DocumentFormat format = DocumentFormat.of(f.name(), f.mediaType()).orElseThrow(() -> new Refusal(
                Result.refused(label(f), 415, "unsupported-media-type", "不支持的文件类型 / Unsupported file type",
                        "支持 " + FORMATS + "（旧版 .doc 请另存为 .docx） / supported: " + FORMATS)));
        if (f.bytes().length == 0) {
            throw new Refusal(Result.refused(label(f), 400, "bad-request", "请求无效 / Bad request",
                    "上传的文件是空的 / the uploaded file is empty"));
        }
        if (f.bytes().length > maxBytes) {
            throw new Refusal(Result.refused(label(f), 413, "body-too-large", "文件过大 / Payload too large",
                    "文件超过 " + maxBytes / 1024 + " KB / the file is larger than " + maxBytes / 1024 + " KB"));
        }
        try {
            return DocumentText.of(f.bytes(), format, parseLimits);
        } catch (DocumentLimitException e) {
            throw new Refusal(overLimit(label(f), e));
        } catch (IllegalArgumentException e) {
            throw new Refusal(Result.refused(label(f), 400, "bad-request", "请求无效 / Bad request",
                    "无法读取文件 / " + e.getMessage()));
        }
    }

    /** Nested too deep or too slow to read: 422, the file is not what it claims; too many pages: 413. */
    private static Result overLimit(String file, DocumentLimitException e) {
        return switch (e.kind()) {
            case DEPTH -> Result.refused(file, 422, "nesting-too-deep", "文件嵌套过深 / Document nested too deep",
                    e.getMessage());
            case SIZE -> Result.refused(file, 413, "document-too-large", "文件内容过多 / Document too large",
                    e.getMessage());
            case TIME -> Result.refused(file, 422, "parse-time-exceeded", "文件读取超时 / Document too slow to read",
                    e.getMessage());
        };
    }

    private static Result result(Library.Outcome o) {
        if (o.ok()) {
            return new Result(o.file().label(), 201, o.added(), "", "", "");
        }
        LibraryException e = o.refused();
        return switch (e.kind()) {
            case DUPLICATE -> Result.refused(o.file().label(), 409, "duplicate-report", "报告已存在 / Report exists",
                    e.getMessage());
            case NO_REPORT -> Result.refused(o.file().label(), 422, "no-report", "文件中找不到报告 / No report found",
                    e.getMessage());
            case NO_BODY -> Result.refused(o.file().label(), 422, "no-body", "报告没有正文 / Report has no body text",
                    e.getMessage());
            case TOO_LARGE -> Result.refused(o.file().label(), 413, "upload-too-large",
                    "上传内容过多 / Upload too large", e.getMessage());
            case UNKNOWN -> Result.refused(o.file().label(), 404, "unknown-report", "报告不存在 / Unknown report",
                    e.getMessage());
            case ABANDONED -> Result.refused(o.file().label(), 400, "abandoned", "客户端已断开 / Client gone",
                    e.getMessage());
            case BUSY -> Result.refused(o.file().label(), 503, "busy", "服务忙 / Busy", e.getMessage());
            case STORAGE -> Result.refused(o.file().label(), 507, "insufficient-storage", "无法保存 / Insufficient storage",
                    e.getMessage());
        };
    }

    private static String label(File f) {
        return f.name() == null || f.name().isBlank() ? "report" : f.name();
    }

    /** The file's name without folders and extension, to store it under. */
    static String stem(String name) {
        if (name == null || name.isBlank()) {
            return "report";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /** A file refused before it reached the library. */
    private static final class Refusal extends RuntimeException {

        private final transient Result result;

        Refusal(Result result) {
            super(result.detail(), null, false, false);
            this.result = result;
        }
    }
}
