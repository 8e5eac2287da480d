package io.reportqa.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analyzers of the text fields; indexing and querying must use the same ones. */
public final class ChineseAnalyzers {

    private ChineseAnalyzers() {
    }

    /** SmartChinese words; its default stop list holds only punctuation, which it would otherwise emit as tokens. */
    public static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    /**
     * Overlapping CJK bigrams; numbers stay whole ({@code 2581.3}, {@code 8.3}) because the standard tokenizer
     * keeps digits and decimal points together. Full-width forms are folded first.
     */
    public static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    public static Analyzer perField() {
        Analyzer bigrams = bigrams();
        return new PerFieldAnalyzerWrapper(bigrams, Map.of(Fields.WORDS, words(), Fields.BIGRAMS, bigrams,
                Fields.HEADER, bigrams));
    }
}
