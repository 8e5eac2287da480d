package io.reportqa.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.reportqa.index.ScoredId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RrfFusionTest {

    private final RrfFusion fusion = new RrfFusion(60);

    @Test
    void should_rank_by_summed_reciprocal_ranks_not_raw_scores() {
        List<ScoredId> bm25 = List.of(new ScoredId("a", 35.0), new ScoredId("b", 20.0), new ScoredId("c", 1.0));
        List<ScoredId> knn = List.of(new ScoredId("b", 0.91), new ScoredId("c", 0.90));
        List<ScoredId> fused = fusion.fuse(List.of(bm25, knn));
        assertEquals(List.of("b", "c", "a"), fused.stream().map(ScoredId::id).toList());
        assertEquals(1.0 / 62 + 1.0 / 61, fused.get(0).score(), 1e-12);
    }

    @Test
    void should_break_ties_by_id_whatever_the_input_order() {
        List<ScoredId> one = List.of(new ScoredId("p2", 1), new ScoredId("p1", 1));
        List<ScoredId> two = List.of(new ScoredId("p1", 1), new ScoredId("p2", 1));
        List<String> expected = List.of("p1", "p2");
        assertEquals(expected, fusion.fuse(List.of(one, two)).stream().map(ScoredId::id).toList());
        assertEquals(expected, fusion.fuse(List.of(two, one)).stream().map(ScoredId::id).toList());
    }

    @Test
    void should_give_the_same_order_for_shuffled_many_way_ties() {
        List<ScoredId> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(new ScoredId("id" + i, 0));
        }
        List<List<ScoredId>> single = new ArrayList<>();
        for (ScoredId s : ids) {
            single.add(List.of(s));
        }
        List<String> first = fusion.fuse(single).stream().map(ScoredId::id).toList();
        Collections.shuffle(single);
        assertEquals(first, fusion.fuse(single).stream().map(ScoredId::id).toList());
        assertEquals("id0", first.get(0));
    }

    @Test
    void should_refuse_a_non_positive_k() {
        assertThrows(IllegalArgumentException.class, () -> new RrfFusion(0));
    }
}
