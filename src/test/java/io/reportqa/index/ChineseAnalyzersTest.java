package io.reportqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Pins the analyzers on report phrases: a change here changes what BM25 can match. */
class ChineseAnalyzersTest {

    @Test
    void should_segment_report_phrases_into_words() throws IOException {
        assertEquals(List.of("全市", "经济", "总量"), tokens(ChineseAnalyzers.words(), "全市经济总量"));
        assertEquals(List.of("城镇", "新增", "就业"), tokens(ChineseAnalyzers.words(), "城镇新增就业"));
    }

    @Test
    void should_split_figures_in_the_word_view_which_is_why_a_bigram_view_exists() throws IOException {
        assertEquals(List.of("8", "2"), tokens(ChineseAnalyzers.words(), "8.2%"));
    }

    @Test
    void should_keep_figures_whole_and_pair_chinese_characters_in_the_bigram_view() throws IOException {
        assertEquals(List.of("经济", "济总", "总量", "2581.3", "亿元"), tokens(ChineseAnalyzers.bigrams(), "经济总量2581.3亿元"));
        assertEquals(List.of("增长", "8.2"), tokens(ChineseAnalyzers.bigrams(), "增长8.2%"));
        assertEquals(List.of("规上", "上工", "工业"), tokens(ChineseAnalyzers.bigrams(), "规上工业"));
    }

    @Test
    void should_fold_full_width_forms_and_case() throws IOException {
        assertEquals(List.of("pm2.5", "浓度"), tokens(ChineseAnalyzers.bigrams(), "ＰＭ２.５浓度"));
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
