package io.reportqa.cli;

import io.reportqa.config.ReportQaConfig;
import io.reportqa.ingest.DocumentFormat;
import io.reportqa.index.VectorBackfill;
import io.reportqa.library.Library;
import io.reportqa.library.ReportUploads;
import io.reportqa.model.Report;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code import DIR|FILE…}: adds report files to the library as {@code POST /api/reports} would, folders searched
 * recursively for files of the formats the service reads, in name order. Files go in batches, each committed
 * once; one line per file says whether it was added (with its report ids), skipped as already present, or
 * refused and why, and a last line sums up. Importing the same files again changes nothing. Exit code 0 when no
 * file was refused, 1 otherwise, 2 on a usage error.
 */
@Dependent
public class ImportCommand {

    /** Files parsed and embedded per commit: progress shows per batch, and memory stays bounded. */
    static final int BATCH = 8;

    private final ReportUploads uploads;
    /** The backfill to wait for when passages are indexed by their words first; null when embedded at once. */
    private final VectorBackfill backfill;

    ImportCommand(Library library, ReportQaConfig config, Instance<VectorBackfill> backfill) {
        this.uploads = new ReportUploads(library, config.limits().maxUploadBytes(),
                config.limits().parseLimits());
        this.backfill = config.backend() == ReportQaConfig.Backend.LUCENE && config.indexWordsFirst()
                ? backfill.get() : null;
    }

    int run(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            System.err.println("usage: import DIR|FILE… (" + ReportUploads.FORMATS + ")");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (!Files.exists(p)) {
                System.err.println("no such file or folder: " + a);
                return 2;
            }
            files.addAll(reportFiles(p));
        }
        long started = System.nanoTime();
        int added = 0;
        int reports = 0;
        int skipped = 0;
        int refused = 0;
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            long batchStart = System.nanoTime();
            List<ReportUploads.Result> results = uploads.addAll(batch.stream().map(ImportCommand::read).toList());
            double perFile = (System.nanoTime() - batchStart) / 1e9 / batch.size();
            for (ReportUploads.Result r : results) {
                if (r.added()) {
                    added++;
                    reports += r.reports().size();
                    out.printf("added    %s → %s (%.1f s)%n", r.file(), ids(r.reports()), perFile);
                } else if (r.status() == 409) {
                    skipped++;
                    out.printf("skipped  %s: already present (%s)%n", r.file(), r.detail());
                } else {
                    refused++;
                    out.printf("refused  %s: %d %s: %s%n", r.file(), r.status(), r.title(), r.detail());
                }
            }
            out.printf("progress %d/%d files%n", Math.min(files.size(), from + BATCH), files.size());
        }
        awaitVectors(out);
        out.printf("imported %d files in %.1f s: %d added (%d reports), %d skipped, %d refused%n", files.size(),
                (System.nanoTime() - started) / 1e9, added, reports, skipped, refused);
        return refused == 0 ? 0 : 1;
    }

    /** The import is done when every passage has its vectors: the next start serves a finished index. */
    private void awaitVectors(PrintStream out) {
        if (backfill == null) {
            return;
        }
        try {
            while (!backfill.awaitDone(Duration.ofSeconds(30))) {
                out.printf("vectors  %d passages still to embed%n", backfill.progress().waiting());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A file as given, or the report files under a folder (by extension), in name order. */
    private static List<Path> reportFiles(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> DocumentFormat.of(f.getFileName().toString(), null).isPresent())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p, e);
        }
    }

    private static ReportUploads.File read(Path p) {
        try {
            return new ReportUploads.File(p.toString(), null, Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static String ids(List<Report> reports) {
        return reports.stream().map(Report::id).collect(Collectors.joining(", "));
    }
}
