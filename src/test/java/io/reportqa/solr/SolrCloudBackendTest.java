package io.reportqa.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportqa.answer.QaService;
import io.reportqa.embed.Encoder;
import io.reportqa.embed.LocalModel;
import io.reportqa.eval.EvalItem;
import io.reportqa.eval.EvalReader;
import io.reportqa.eval.EvalReport;
import io.reportqa.eval.Evaluator;
import io.reportqa.index.PassageIndex;
import io.reportqa.index.ScoredId;
import io.reportqa.ingest.Chunker;
import io.reportqa.ingest.Corpus;
import io.reportqa.ingest.CorpusLoader;
import io.reportqa.ingest.FurnitureCounter;
import io.reportqa.ingest.ReportParser;
import io.reportqa.ingest.SourceFile;
import io.reportqa.model.Answer;
import io.reportqa.model.Passage;
import io.reportqa.model.Report;
import io.reportqa.retrieve.Bm25Retriever;
import io.reportqa.retrieve.Retriever;
import io.reportqa.retrieve.SearchQuery;
import io.reportqa.retrieve.VectorRetriever;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud backend on a real cluster in this JVM: ZooKeeper and two Solr nodes, the passage collection with
 * 2 shards x 2 replicas created from the configset in the jar. The same corpus, vectors and pipeline run over
 * the embedded index and over SolrCloud, and must answer the dev set equally well. Two backends connected
 * separately (one through ZooKeeper, one through node URLs) stand for two service instances. The cluster is
 * started once; the node stop comes late because it changes the cluster for what follows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudBackendTest {

    private static final Path DEV = Path.of("src/test/resources/eval/dev.jsonl");
    private static final String COLLECTION = "reportqa";
    private static final int SHARDS = 2;
    private static final int REPLICAS = 2;

    @TempDir
    static Path clusterDir;

    private final Corpus corpus = new CorpusLoader(new Chunker(300)).load(Path.of("corpus"));
    private final Encoder encoder = new Encoder(LocalModel.get(), LocalModel.QUERY_INSTRUCTION);
    private MiniSolrCloudCluster cluster;
    private PassageIndex embedded;
    private Path embeddedDir;
    private SolrBackend first;
    private SolrBackend second;

    @BeforeAll
    void start() throws Exception {
        EmbeddedRun run = EmbeddedRun.of(corpus);
        embedded = run.open(corpus, encoder);
        embeddedDir = run.indexDir();
        Map<String, float[]> vectors = run.vectors();

        long t0 = System.nanoTime();
        cluster = new MiniSolrCloudCluster.Builder(2, clusterDir).withTraceIdGenerationDisabled().build();
        System.out.printf("solrcloud: 2 nodes + ZooKeeper started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        first = SolrBackend.connect(viaZooKeeper(COLLECTION), encoder);
        second = SolrBackend.connect(viaUrls(COLLECTION), encoder);
        t0 = System.nanoTime();
        assertTrue(SolrCollection.ensure(first.client(), viaZooKeeper(COLLECTION)));
        first.store().add(corpus.passages(), corpus.passages().stream().map(p -> vectors.get(p.id())).toList());
        System.out.printf("solrcloud: collection created and %d passages indexed in %d ms%n",
                corpus.passages().size(), (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {first, second, embedded}) {
            if (c != null) {
                c.close();
            }
        }
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    @Order(0)
    void should_create_a_missing_collection_from_the_configset_and_fill_it_from_the_corpus_once() throws Exception {
        Corpus fixture = new CorpusLoader(new Chunker(300)).load(Path.of("src/test/resources/fixture-corpus"));
        try (SolrBackend started = SolrBackend.open(viaUrls("fixture"), fixture, encoder)) {
            assertEquals(fixture.passages().size(), started.store().count());
            assertEquals(SHARDS * REPLICAS, SolrCollection.activeReplicas(started.client(), "fixture"));
        }
        // A second instance finds the collection filled and indexes nothing.
        Encoder refusing = new Encoder(new dev.langchain4j.model.embedding.EmbeddingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                throw new AssertionError("an instance joining a filled collection embedded passages");
            }
        }, LocalModel.QUERY_INSTRUCTION);
        try (SolrBackend joined = SolrBackend.open(viaZooKeeper("fixture"), fixture, refusing)) {
            assertEquals(fixture.passages().size(), joined.store().count());
        }
        org.apache.solr.client.solrj.request.CollectionAdminRequest.deleteCollection("fixture")
                .process(first.client());
    }

    @Test
    @Order(1)
    void should_hold_every_passage_spread_over_both_shards_on_both_nodes() throws Exception {
        assertEquals(corpus.passages().size(), second.store().count());
        assertEquals(SHARDS * REPLICAS, SolrCollection.activeReplicas(first.client(), COLLECTION));
        long shard1 = shardCount("shard1");
        long shard2 = shardCount("shard2");
        assertEquals(corpus.passages().size(), shard1 + shard2);
        assertTrue(shard1 > 0 && shard2 > 0, shard1 + " / " + shard2);
        Passage some = corpus.passages().get(100);
        assertEquals(some, second.store().passages(List.of(some.id())).get(some.id()));
        IndexSizes.print("solrcloud sizing: shard1 " + shard1 + " passages, shard2 " + shard2 + "; one replica of "
                + "each", IndexSizes.of(clusterDir, COLLECTION + "_shard"), corpus.passages().size());
        IndexSizes.print("embedded sizing: one index", IndexSizes.of(embeddedDir.getParent(),
                embeddedDir.getFileName().toString()),
                corpus.passages().size());
    }

    private long shardCount(String shard) throws Exception {
        var q = new org.apache.solr.client.solrj.SolrQuery("*:*").setRows(0);
        q.set("shards", shard);
        return first.client().query(COLLECTION, q).getResults().getNumFound();
    }

    @Test
    @Order(2)
    void should_score_bm25_with_collection_wide_statistics_as_the_embedded_index() throws Exception {
        Retriever lucene = new Bm25Retriever(embedded);
        for (EvalItem item : questions().subList(0, 20)) {
            SearchQuery q = new SearchQuery(item.question(), "", Set.of(), 10);
            List<ScoredId> expected = lucene.retrieve(q);
            List<ScoredId> actual = second.lexical().retrieve(q);
            assertEquals(expected.size(), actual.size(), item.question());
            for (int i = 0; i < expected.size(); i++) {
                // Exact statistics make shard scores those of one index; only float rounding may differ.
                assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-3 * expected.get(i).score(),
                        item.question() + " rank " + (i + 1));
            }
        }
    }

    @Test
    @Order(3)
    void should_filter_vector_search_by_report_before_the_graph_search() {
        Report report = corpus.reports().get(3);
        SearchQuery q = new SearchQuery("地区生产总值增长", "", Set.of(report.id()), 20);
        List<ScoredId> solr = first.dense().retrieve(q);
        List<ScoredId> lucene = new VectorRetriever(embedded, encoder).retrieve(q);

        assertEquals(20, solr.size(), "a filter applied after the search would leave fewer than k");
        assertTrue(solr.stream().allMatch(s -> s.id().startsWith(report.id() + "/")), solr.toString());
        assertEquals(lucene.get(0).id(), solr.get(0).id());
        assertEquals(lucene.get(0).score(), solr.get(0).score(), 1e-4);
    }

    @Test
    @Order(4)
    void should_answer_the_dev_set_as_well_as_the_embedded_index() throws Exception {
        QaService overLucene = EmbeddedRun.service(corpus, encoder, new Bm25Retriever(embedded),
                new VectorRetriever(embedded, encoder));
        QaService overSolr = EmbeddedRun.service(corpus, encoder, second.lexical(), second.dense());

        EvalReport lucene = new Evaluator(overLucene, 15).run(questions());
        EvalReport solr = new Evaluator(overSolr, 15).run(questions());
        System.out.println("dev set, embedded Lucene: " + scoreLine(lucene));
        System.out.println("dev set, SolrCloud 2x2:   " + scoreLine(solr));

        assertEquals(0L, solr.summary().get("errors"));
        assertEquals(lucene.metric("answer_acc"), solr.metric("answer_acc"), 0.02);
        assertEquals(lucene.metric("recall@5"), solr.metric("recall@5"), 0.02);
    }

    @Test
    @Order(5)
    void should_keep_answering_the_same_when_a_node_stops_mid_run() throws Exception {
        QaService qa = EmbeddedRun.service(corpus, encoder, first.lexical(), first.dense());
        List<EvalItem> items = questions().subList(0, 12);
        List<String> bothNodes = new ArrayList<>();
        for (EvalItem item : items) {
            bothNodes.add(ask(qa, item));
        }
        List<String> stopping = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i == items.size() / 2) {
                String node = cluster.getJettySolrRunner(1).getNodeName();
                cluster.waitForJettyToStop(cluster.stopJettySolrRunner(1));
                System.out.println("solrcloud: stopped node " + node + " after question " + i + " of the run");
            }
            stopping.add(ask(qa, items.get(i)));
        }

        assertEquals(1, cluster.getJettySolrRunners().stream().filter(JettySolrRunner::isRunning).count());
        assertEquals(bothNodes, stopping, "answers with both nodes, and with one stopped halfway through");
        assertTrue(stopping.stream().filter(a -> !a.isEmpty()).count() >= items.size() / 2, stopping.toString());
    }

    @Test
    @Order(6)
    void should_show_a_report_added_through_one_instance_to_another_and_forget_it_when_deleted() throws Exception {
        List<Passage> songxi = songxi();
        SearchQuery q = new SearchQuery("松溪 茶叶产量", "", Set.of(), 5);
        assertTrue(second.lexical().retrieve(q).stream().noneMatch(s -> s.id().startsWith("songxi-2023/")));

        first.store().index(songxi, encoder);

        List<ScoredId> found = second.lexical().retrieve(q);
        assertTrue(found.get(0).id().startsWith("songxi-2023/"), found.toString());
        Passage shown = second.store().passages(List.of(found.get(0).id())).get(found.get(0).id());
        assertTrue(shown.text().contains("茶叶产量"), shown.text());
        assertEquals(corpus.passages().size() + songxi.size(), second.store().count());

        second.store().deleteReport("songxi-2023");

        assertTrue(first.lexical().retrieve(q).stream().noneMatch(s -> s.id().startsWith("songxi-2023/")));
        assertTrue(first.dense().retrieve(q).stream().noneMatch(s -> s.id().startsWith("songxi-2023/")));
        assertEquals(corpus.passages().size(), first.store().count());
    }

    private static String ask(QaService qa, EvalItem item) {
        Answer a = qa.ask(item.question(), List.of(), Set.of(), 15);
        return a.answerable() ? a.answer() : "";
    }

    private static List<Passage> songxi() throws Exception {
        Path file = Path.of("src/test/resources/uploads/songxi-2023.txt");
        List<Report> reports = new ReportParser().parse(
                new SourceFile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)),
                new FurnitureCounter());
        assertEquals(List.of("songxi-2023"), reports.stream().map(Report::id).toList());
        return new Chunker(300).chunk(reports.get(0));
    }

    private static String scoreLine(EvalReport r) {
        return String.format("answer_acc=%.3f cite_acc=%.3f recall@1=%.3f recall@5=%.3f recall@10=%.3f mrr=%.3f "
                + "p50_ms=%s", r.metric("answer_acc"), r.metric("cite_acc"), r.metric("recall@1"),
                r.metric("recall@5"), r.metric("recall@10"), r.metric("mrr"), r.summary().get("p50_ms"));
    }

    private static List<EvalItem> questions() throws Exception {
        return new EvalReader().read(Files.readString(DEV, StandardCharsets.UTF_8));
    }

    private SolrTarget viaZooKeeper(String collection) {
        return new SolrTarget(Optional.of(cluster.getZkServer().getZkAddress()), List.of(), collection, SHARDS,
                REPLICAS);
    }

    private SolrTarget viaUrls(String collection) {
        List<String> urls = cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList();
        return new SolrTarget(Optional.empty(), urls, collection, SHARDS, REPLICAS);
    }
}
