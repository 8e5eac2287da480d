package io.reportqa.generate;

import io.reportqa.model.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One language-model answer being received: sentences are checked as they complete, kept ones are passed on
 * at once, dropped ones counted. Once closed (the answer was given up), late text from the model is ignored.
 */
final class Generation {

    private final CitationCheck check;
    private final Map<Integer, Source> sources = new LinkedHashMap<>();
    private final SentenceStream sentences = new SentenceStream(this::sentence);
    private final Consumer<String> kept;
    private final StringBuilder text = new StringBuilder();
    private final Map<Integer, List<String>> claims = new LinkedHashMap<>();
    private int removed;
    private boolean closed;

    Generation(List<Source> offered, Consumer<String> kept) {
        this.check = new CitationCheck(offered);
        offered.forEach(s -> sources.put(s.index(), s));
        this.kept = kept;
    }

    synchronized void accept(String piece) {
        if (!closed && piece != null) {
            sentences.accept(piece);
        }
    }

    /** The model has finished: its last words count. */
    synchronized void finish() {
        if (!closed) {
            sentences.finish();
            closed = true;
        }
    }

    /** The answer was given up (timeout, error): nothing more is taken. */
    synchronized void close() {
        closed = true;
    }

    synchronized boolean empty() {
        return text.isEmpty();
    }

    synchronized String text() {
        return text.toString();
    }

    synchronized int removed() {
        return removed;
    }

    /** Citations of the sources the kept sentences cite, in order of first use, each quoting what it supports. */
    synchronized List<Citation> citations() {
        List<Citation> out = new ArrayList<>();
        claims.forEach((n, said) -> out.add(QuoteMatcher.quoted(sources.get(n), said)));
        return out;
    }

    private void sentence(String raw) {
        if (CitationCheck.blank(raw)) {
            return;
        }
        CitationCheck.Checked c = check.check(raw);
        if (!c.kept()) {
            removed++;
            return;
        }
        c.cited().forEach(n -> claims.computeIfAbsent(n, k -> new ArrayList<>()).add(c.text()));
        text.append(c.text());
        kept.accept(c.text());
    }
}
