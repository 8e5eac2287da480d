package io.reportqa.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.embed.Encoder;
import io.reportqa.embed.LocalModel;
import io.reportqa.index.IndexStore;
import io.reportqa.index.PassageIndex;
import io.reportqa.index.ScoredId;
import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.model.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retrieval on the fixture reports: BM25 asserted exactly, kNN as sets, fusion as a stable order. */
class FixtureRetrievalTest {

    @TempDir
    static Path data;
    private static PassageIndex index;
    private static Corpus corpus;
    private static Encoder encoder;

    @BeforeAll
    static void build() {
        corpus = new CorpusLoader(new Chunker(300)).load(Path.of("src/test/resources/fixture-corpus"));
        encoder = new Encoder(LocalModel.get(), LocalModel.QUERY_INSTRUCTION);
        index = new IndexStore(data).open(corpus, encoder, "fixture");
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> ids(List<ScoredId> hits) {
        return hits.stream().map(ScoredId::id).toList();
    }

    @Test
    void should_find_exact_terms_and_figures_with_bm25() {
        Bm25Retriever bm25 = new Bm25Retriever(index);
        assertEquals("baihe-2023/p11/s0", ids(bm25.retrieve(new SearchQuery("新增停车位多少个", "", Set.of(), 3))).get(0));
        assertEquals("qinghe-2023/p7/s0", ids(bm25.retrieve(new SearchQuery("茶园面积21万亩", "", Set.of(), 3))).get(0));
        assertEquals(List.of(), ids(bm25.retrieve(new SearchQuery("多少?", "", Set.of(), 3))),
                "a question of asking words only matches nothing");
    }

    @Test
    void should_keep_to_the_reports_asked_for() {
        Bm25Retriever bm25 = new Bm25Retriever(index);
        List<String> hits = ids(bm25.retrieve(new SearchQuery("地区生产总值", "", Set.of("jinsha-2023"), 10)));
        assertTrue(!hits.isEmpty() && hits.stream().allMatch(id -> id.startsWith("jinsha-2023/")), hits.toString());
    }

    @Test
    void should_find_a_paraphrase_by_meaning_with_vectors() {
        VectorRetriever knn = new VectorRetriever(index, encoder);
        List<String> top = ids(knn.retrieve(new SearchQuery("城里困难群众每个月的最低生活保障是多少钱", "", Set.of(), 3)));
        assertTrue(top.contains("qinghe-2023/p8/s0"), "the 低保 paragraph: " + top);
    }

    @Test
    void should_fuse_both_rankings_into_the_same_order_every_time() {
        HybridRetriever hybrid = new HybridRetriever(new Bm25Retriever(index), new VectorRetriever(index, encoder),
                new RrfFusion(60), corpus.passagesById(), 40);
        SearchQuery q = new SearchQuery("白河区企业开办时间", "", Set.of(), 5);
        List<String> first = hybrid.retrieve(q).stream().map(h -> h.passage().id()).toList();
        for (int i = 0; i < 3; i++) {
            assertEquals(first, hybrid.retrieve(q).stream().map(h -> h.passage().id()).toList());
        }
        Hit best = hybrid.retrieve(q).get(0);
        assertTrue(best.passage().text().contains("企业开办时间压缩到0.5天"), best.passage().text());
        assertEquals(1, best.rank());
    }
}
