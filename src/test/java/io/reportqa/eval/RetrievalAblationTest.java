package io.reportqa.eval;

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
import io.reportqa.retrieve.Bm25Retriever;
import io.reportqa.retrieve.SearchQuery;
import io.reportqa.retrieve.VectorRetriever;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ablation scorer and the LangChain4j baseline on the fixture reports: sane numbers, not timings. */
class RetrievalAblationTest {

    private static final List<EvalItem> ITEMS = List.of(
            item("a", "fact", "新增停车位多少个?", "新增停车位3000个"),
            item("b", "fact", "茶园面积扩大到多少万亩?", "茶园面积扩大到21万亩"),
            item("c", "fact", "城市低保标准提高到多少?", "城市低保标准从620元/月提高到680元/月"),
            item("d", "unanswerable", "成都市地铁有几条线?", null),
            item("e", "followup", "那农村呢?", "农村"));

    @TempDir
    static Path data;
    private static Corpus corpus;
    private static PassageIndex index;
    private static Encoder encoder;

    @BeforeAll
    static void build() {
        corpus = new CorpusLoader(new Chunker(300)).load(Path.of("src/test/resources/fixture-corpus"));
        encoder = new Encoder(LocalModel.get(), LocalModel.QUERY_INSTRUCTION, 0);
        index = new IndexStore(data).open(corpus, encoder, "ablation");
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static EvalItem item(String id, String type, String question, String evidence) {
        return new EvalItem(id, null, type, List.of(), question, evidence == null ? List.of() : List.of(List.of("x")),
                evidence == null ? List.of() : List.of(evidence));
    }

    private static List<String> texts(List<ScoredId> hits) {
        return hits.stream().map(h -> corpus.passagesById().get(h.id()).text()).toList();
    }

    @Test
    void should_score_only_retrievable_questions_with_ordered_sane_metrics() {
        Bm25Retriever bm25 = new Bm25Retriever(index);
        VectorRetriever knn = new VectorRetriever(index, encoder);
        Map<String, RetrievalAblation.Pipeline> pipelines = new LinkedHashMap<>();
        pipelines.put("bm25", q -> texts(bm25.retrieve(new SearchQuery(q, "", Set.of(), 10))));
        pipelines.put("vector", q -> texts(knn.retrieve(new SearchQuery(q, "", Set.of(), 10))));
        pipelines.put("nothing", q -> List.of());
        RetrievalAblation ablation = new RetrievalAblation(ITEMS);

        Map<String, Map<String, Object>> result = ablation.run(pipelines);

        assertEquals(3, ablation.questions(), "follow-ups and unanswerable questions are left out");
        assertEquals(List.of("bm25", "vector", "nothing"), List.copyOf(result.keySet()));
        assertEquals(1.0, result.get("bm25").get("recall@1"), "exact figures are BM25's first hit");
        assertEquals(1.0, result.get("bm25").get("mrr"));
        for (Map<String, Object> m : result.values()) {
            double r1 = (double) m.get("recall@1");
            double r5 = (double) m.get("recall@5");
            double r10 = (double) m.get("recall@10");
            assertTrue(0 <= r1 && r1 <= r5 && r5 <= r10 && r10 <= 1, m.toString());
        }
        assertEquals(0.0, result.get("nothing").get("recall@10"));
        assertEquals(0.0, result.get("nothing").get("mrr"));
    }

    @Test
    void should_find_the_evidence_with_the_langchain4j_in_memory_baseline() {
        NaiveChunkBaseline baseline = new NaiveChunkBaseline(corpus.sources(), LocalModel.get());
        assertTrue(baseline.chunks() >= 10, "3 KB of reports in 300-character chunks: " + baseline.chunks());

        List<String> hits = baseline.search("茶园面积扩大到多少万亩?", 5);

        assertEquals(5, hits.size());
        assertTrue(hits.stream().allMatch(h -> h.length() <= NaiveChunkBaseline.CHUNK_CHARS));
        Map<String, Object> m = new RetrievalAblation(ITEMS).score(q -> baseline.search(q, 10));
        assertTrue((double) m.get("recall@10") > 0, m.toString());
    }

    @Test
    void should_rank_by_the_first_cut_that_covers_every_evidence_passage() {
        List<String> evidence = List.of("新增停车位3000个", "茶园面积扩大到21万亩");
        assertEquals(3, RetrievalAblation.fullRecallRank(List.of("新增停车位3000个。", "无关", "茶园面积扩大到21万亩。"), evidence));
        assertEquals(0, RetrievalAblation.fullRecallRank(List.of("新增停车位3000个。"), evidence));
    }
}
