package io.reportqa.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceStreamTest {

    private final List<String> out = new ArrayList<>();
    private final SentenceStream stream = new SentenceStream(out::add);

    @Test
    void should_release_each_sentence_once_the_next_begins() {
        stream.accept("甲增长5%[1]。乙");
        assertEquals(List.of("甲增长5%[1]。"), out);
        stream.accept("下降[2]！");
        assertEquals(1, out.size());
        stream.finish();
        assertEquals(List.of("甲增长5%[1]。", "乙下降[2]！"), out);
    }

    @Test
    void should_keep_markers_written_after_the_full_stop_with_their_sentence() {
        for (String piece : List.of("甲。", "[", "1", "]", "[2] 乙", "。【3】")) {
            stream.accept(piece);
        }
        assertEquals(List.of("甲。[1][2] "), out);
        stream.finish();
        assertEquals(List.of("甲。[1][2] ", "乙。【3】"), out);
    }

    @Test
    void should_end_sentences_at_line_breaks_and_skip_blank_ones() {
        stream.accept("一、甲[1]\n\n二、乙[2]\n");
        stream.finish();
        assertEquals(List.of("一、甲[1]\n", "二、乙[2]\n"), out);
    }
}
