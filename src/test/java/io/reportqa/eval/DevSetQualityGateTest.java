package io.reportqa.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.reportqa.answer.ExtractiveComposer;
import io.reportqa.answer.QaService;
import io.reportqa.answer.TermStats;
import io.reportqa.api.RealCorpusProfile;
import io.reportqa.embed.Encoder;
import io.reportqa.index.PassageIndex;
import io.reportqa.ingest.Corpus;
import io.reportqa.library.Library;
import io.reportqa.retrieve.HybridRetriever;
import io.reportqa.retrieve.PlaceDirectory;
import io.reportqa.retrieve.RrfFusion;
import io.reportqa.retrieve.VectorRetriever;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: the dev set is answered by the real pipeline over the bundled corpus and every metric
 * must stay within tolerance of the checked-in expectation (src/test/resources/eval/expected.json). A change
 * that moves a score on purpose updates that file in the same commit.
 */
@QuarkusTest
@TestProfile(RealCorpusProfile.class)
class DevSetQualityGateTest {

    private static final Path QUESTIONS = Path.of("src/test/resources/eval/dev.jsonl");
    private static final Path EXPECTED = Path.of("src/test/resources/eval/expected.json");

    @Inject
    Library library;
    @Inject
    Encoder encoder;
    @Inject
    PassageIndex index;

    @Test
    void should_keep_every_dev_set_metric_within_its_tolerance() throws IOException {
        EvalReport report = new Evaluator(library.current().qa(), 15).run(questions());

        QualityGate.Verdict verdict = gate().check(report);
        System.out.println("dev-set quality gate: " + report.summary());
        verdict.lines().forEach(System.out::println);

        assertEquals(60, report.rows().size());
        assertEquals(0L, report.summary().get("errors"));
        assertTrue(verdict.passed(), String.join("\n", verdict.lines()));
    }

    @Test
    void should_fail_the_gate_for_a_degraded_pipeline() throws IOException {
        // Vector search alone, and answers accepted only when almost identical in meaning.
        Corpus corpus = library.current().corpus();
        PlaceDirectory places = PlaceDirectory.of(corpus.reports());
        HybridRetriever vectorsOnly = new HybridRetriever(new VectorRetriever(index, encoder),
                new VectorRetriever(index, encoder), new RrfFusion(60), corpus.passagesById(), 40);
        ExtractiveComposer strict = new ExtractiveComposer(corpus.paragraphsById(), corpus.reportsById(),
                encoder::similarity, 0.99);
        QaService degraded = new QaService(places, new TermStats(corpus.reports()), vectorsOnly, strict,
                corpus.reportsById());

        EvalReport report = new Evaluator(degraded, 15).run(questions());
        QualityGate.Verdict verdict = gate().check(report);
        verdict.lines().forEach(line -> System.out.println("degraded: " + line));

        assertFalse(verdict.passed());
        // Passages are re-ordered by their sentences' words after retrieval, so vectors alone no longer cost
        // recall; the answers still suffer.
        assertTrue(verdict.lines().stream().anyMatch(l -> l.startsWith("FAIL") && l.contains("answer_acc")),
                String.join("\n", verdict.lines()));
        assertTrue(verdict.lines().stream().anyMatch(l -> l.startsWith("FAIL") && l.contains("false_abstain")),
                String.join("\n", verdict.lines()));
    }

    private static List<EvalItem> questions() throws IOException {
        return new EvalReader().read(Files.readString(QUESTIONS, StandardCharsets.UTF_8));
    }

    private static QualityGate gate() throws IOException {
        return new QualityGate(Files.readString(EXPECTED, StandardCharsets.UTF_8));
    }
}
