package io.reportqa.retrieve;

import io.reportqa.index.ChineseAnalyzers;
import io.reportqa.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms a lexical search asks for: the question's SmartChinese words and CJK bigrams (bigrams also against
 * the header, at lower weight), then the same for the earlier question of a follow-up at lower weight. Asking
 * words are dropped first. Analysis happens here, once, so the embedded index and SolrCloud receive the very
 * same terms. Synonyms of the question's terms ({@link Synonyms}) are asked for too.
 */
public final class LexicalTerms {

    static final float CONTEXT_WEIGHT = 0.4f;
    static final float HEADER_WEIGHT = 0.3f;
    /** Other names of a term the question uses (细颗粒物 → PM2.5), a little below the question's own words. */
    static final float SYNONYM_WEIGHT = 0.7f;

    private final Analyzer words = ChineseAnalyzers.words();
    private final Analyzer bigrams = ChineseAnalyzers.bigrams();

    public List<WeightedTerm> of(SearchQuery query) {
        List<WeightedTerm> out = new ArrayList<>();
        add(out, QuestionWords.strip(query.text()), 1f);
        add(out, String.join(" ", Synonyms.DEFAULT.expansions(query.text())), SYNONYM_WEIGHT);
        add(out, QuestionWords.strip(query.context()), CONTEXT_WEIGHT);
        return out;
    }

    private void add(List<WeightedTerm> out, String text, float weight) {
        if (text.isBlank()) {
            return;
        }
        for (String t : tokens(words, text)) {
            out.add(new WeightedTerm(Fields.WORDS, t, weight));
        }
        for (String t : tokens(bigrams, text)) {
            out.add(new WeightedTerm(Fields.BIGRAMS, t, weight));
            out.add(new WeightedTerm(Fields.HEADER, t, weight * HEADER_WEIGHT));
        }
    }

    static Set<String> tokens(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.isBlank() && !(t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)))) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
