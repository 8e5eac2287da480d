package io.reportqa.generate;

import dev.langchain4j.data.message.ChatMessage;
import io.reportqa.answer.AnswerListener;
import io.reportqa.answer.AnswerPieces;
import io.reportqa.answer.AnswerWriter;
import io.reportqa.model.Answer;
import io.reportqa.model.Citation;
import io.reportqa.model.Hit;
import io.reportqa.model.Paragraph;
import io.reportqa.model.Report;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Lets a language model write the answer from numbered paragraphs, then keeps only what holds: every sentence
 * must cite an offered paragraph and every number in it must be written there. When the model is slow, fails,
 * or nothing it wrote holds, the extractive answer is given instead, and the response says why.
 */
public final class LlmComposer implements AnswerWriter {

    private static final Logger LOG = Logger.getLogger(LlmComposer.class);

    private final ChatBackend model;
    private final SourceSelector selector;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "llm-call");
        t.setDaemon(true);
        return t;
    });

    public LlmComposer(ChatBackend model, Map<String, Paragraph> paragraphs, Map<String, Report> reports,
            int maxSources, Duration timeout) {
        this.model = model;
        this.selector = new SourceSelector(paragraphs, reports, maxSources);
        this.timeout = timeout;
    }

    /** The extractive answer's citations keep their numbers among the sources, so a fallback stays consistent. */
    @Override
    public Answer write(String question, Answer extractive, List<Hit> hits, AnswerListener listener) {
        long t0 = System.nanoTime();
        List<Source> sources = selector.select(extractive, hits);
        listener.sources(sources.stream().map(Source::citation).toList());
        Generation g = new Generation(sources, listener.streaming() ? listener::text : piece -> { });
        String failure = run(Prompt.of(question, sources), g, listener.streaming());
        LOG.infof("llm answer: %s, %d sentence(s) removed, %d ms", failure == null ? "kept" : failure, g.removed(),
                (System.nanoTime() - t0) / 1_000_000);
        if (g.empty()) {
            AnswerPieces.of(extractive.answer()).forEach(listener::text);
            return extractive.asFallback(failure == null ? "unverified" : failure, g.removed());
        }
        List<Citation> cited = g.citations();
        return new Answer(g.text(), true, cited, extractive.confidence(), Answer.LLM, g.removed(), null);
    }

    /** Runs the model into {@code g}; returns why it stopped early ({@code timeout}, {@code error}) or null. */
    private String run(List<ChatMessage> prompt, Generation g, boolean streamed) {
        CompletableFuture<Void> finished = new CompletableFuture<>();
        try {
            if (streamed) {
                model.stream(prompt, g::accept, () -> finished.complete(null), finished::completeExceptionally);
            } else {
                CompletableFuture.runAsync(() -> g.accept(model.complete(prompt)), calls).whenComplete((v, e) -> {
                    if (e == null) {
                        finished.complete(null);
                    } else {
                        finished.completeExceptionally(e);
                    }
                });
            }
            finished.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            g.finish();
            return null;
        } catch (TimeoutException e) {
            g.close();
            return "timeout";
        } catch (ExecutionException | RuntimeException e) {
            g.close();
            if (root(e) instanceof java.net.http.HttpTimeoutException) {
                return "timeout";
            }
            LOG.warnf("language model failed: %s", root(e).getClass().getSimpleName() + ": " + root(e).getMessage());
            return "error";
        } catch (InterruptedException e) {
            g.close();
            Thread.currentThread().interrupt();
            return "error";
        }
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
