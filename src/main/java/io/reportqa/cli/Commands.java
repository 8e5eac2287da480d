package io.reportqa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.runtime.QuarkusApplication;
import io.reportqa.library.Library;
import io.reportqa.config.ReportQaConfig;
import io.reportqa.eval.EvalReader;
import io.reportqa.eval.EvalReport;
import io.reportqa.eval.Evaluator;
import io.reportqa.eval.ItemResult;
import io.reportqa.eval.QualityGate;
import io.reportqa.ingest.Corpus;
import io.reportqa.model.Answer;
import io.reportqa.model.Citation;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The command-line face of the service: {@code index} builds or checks the index, {@code ask "问题"} answers one
 * question, {@code eval FILE [--out ROWS.jsonl] [--expect EXPECTED.json]} scores a question file (and, with
 * {@code --expect}, fails with exit code 1 when a metric falls below its expectation), {@code bench FILE} measures
 * retrieval ablations and embedding throughput in one run (see {@link BenchCommand}), {@code import DIR|FILE…}
 * adds report files to the library (see {@link ImportCommand}).
 */
public class Commands implements QuarkusApplication {

    static final Set<String> NAMES = Set.of("index", "ask", "eval", "bench", "import");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINES = new ObjectMapper();

    @Inject
    Library library;
    @Inject
    ReportQaConfig config;
    @Inject
    BenchCommand bench;
    @Inject
    ImportCommand importer;

    @Override
    public int run(String... args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "index" -> index(out);
            case "ask" -> ask(rest, out);
            case "bench" -> bench.run(rest, out);
            case "import" -> importer.run(rest, out);
            default -> eval(rest, out);
        };
    }

    private int index(PrintStream out) {
        Corpus corpus = library.current().corpus();
        out.printf("index ready: %d reports, %d paragraphs, %d passages in %s%n", corpus.reports().size(),
                corpus.paragraphCount(), corpus.passages().size(), config.dataDir().toAbsolutePath());
        return 0;
    }

    private int ask(List<String> rest, PrintStream out) {
        if (rest.isEmpty()) {
            System.err.println("usage: ask \"问题\"");
            return 2;
        }
        Answer a = library.current().qa().ask(String.join(" ", rest), List.of(), Set.of(), config.answer().defaultTopK());
        out.println(a.answer());
        for (Citation c : a.citations()) {
            out.printf("[%d] %s %s 第%d段 (%s)%n", c.index(), c.reportTitle(), c.section(), c.paragraph(),
                    c.paragraphId());
        }
        return a.answerable() ? 0 : 3;
    }

    private int eval(List<String> rest, PrintStream out) throws IOException {
        if (rest.isEmpty()) {
            System.err.println("usage: eval QUESTIONS.jsonl [--out ROWS.jsonl] [--expect EXPECTED.json]");
            return 2;
        }
        var items = new EvalReader().read(Files.readString(Path.of(rest.get(0)), StandardCharsets.UTF_8));
        EvalReport report = new Evaluator(library.current().qa(), config.answer().defaultTopK()).run(items);
        out.println(JSON.writeValueAsString(report.summary()));
        String rowsFile = option(rest, "--out");
        if (rowsFile != null) {
            StringBuilder lines = new StringBuilder();
            for (ItemResult r : report.rows()) {
                lines.append(LINES.writeValueAsString(r)).append('\n');
            }
            Files.writeString(Path.of(rowsFile), lines, StandardCharsets.UTF_8);
        }
        String expect = option(rest, "--expect");
        if (expect == null) {
            return 0;
        }
        QualityGate.Verdict verdict = new QualityGate(Files.readString(Path.of(expect))).check(report);
        verdict.lines().forEach(out::println);
        return verdict.passed() ? 0 : 1;
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }
}
