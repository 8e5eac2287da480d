package io.reportqa.retrieve;

import io.reportqa.index.ChineseAnalyzers;
import io.reportqa.index.Fields;
import io.reportqa.index.PassageIndex;
import io.reportqa.index.ScoredId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * BM25 over two lexical views of each passage (SmartChinese words and CJK bigrams) plus its header. Every term
 * is an optional clause, so a passage matching more of the question ranks higher; the earlier question of a
 * follow-up contributes at lower weight.
 */
public final class Bm25Retriever implements Retriever {

    private static final float CONTEXT_WEIGHT = 0.4f;
    private static final float HEADER_WEIGHT = 0.3f;

    private final PassageIndex index;
    private final Analyzer words = ChineseAnalyzers.words();
    private final Analyzer bigrams = ChineseAnalyzers.bigrams();

    public Bm25Retriever(PassageIndex index) {
        this.index = index;
    }

    @Override
    public List<ScoredId> retrieve(SearchQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addTerms(b, QuestionWords.strip(query.text()), 1f);
        addTerms(b, QuestionWords.strip(query.context()), CONTEXT_WEIGHT);
        BooleanQuery q = b.build();
        Query lexical = q.clauses().isEmpty() ? new MatchNoDocsQuery() : q;
        return index.search(lexical, query.reportIds(), query.k());
    }

    private void addTerms(BooleanQuery.Builder b, String text, float weight) {
        if (text.isBlank()) {
            return;
        }
        for (String t : tokens(words, text)) {
            b.add(boosted(new TermQuery(new Term(Fields.WORDS, t)), weight), BooleanClause.Occur.SHOULD);
        }
        for (String t : tokens(bigrams, text)) {
            b.add(boosted(new TermQuery(new Term(Fields.BIGRAMS, t)), weight), BooleanClause.Occur.SHOULD);
            b.add(boosted(new TermQuery(new Term(Fields.HEADER, t)), weight * HEADER_WEIGHT), BooleanClause.Occur.SHOULD);
        }
    }

    private static Query boosted(Query q, float weight) {
        return weight == 1f ? q : new BoostQuery(q, weight);
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
