package io.reportqa.solr;

import io.reportqa.answer.ExtractiveComposer;
import io.reportqa.answer.QaService;
import io.reportqa.answer.TermStats;
import io.reportqa.embed.Encoder;
import io.reportqa.index.IndexStore;
import io.reportqa.index.PassageIndex;
import io.reportqa.ingest.Corpus;
import io.reportqa.model.Passage;
import io.reportqa.retrieve.HybridRetriever;
import io.reportqa.retrieve.PlaceDirectory;
import io.reportqa.retrieve.Retriever;
import io.reportqa.retrieve.RrfFusion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded side of the comparison: the real corpus's embedded index, its vectors read back so SolrCloud gets
 * the very same ones without embedding the corpus twice (about a minute on two cores), and the service pipeline
 * as the application wires it, over whichever retrievers it is given. The index the real-corpus service tests
 * built earlier in the run is used when it holds every passage; otherwise one is built under target/.
 */
final class EmbeddedRun {

    /** Where {@code RealCorpusProfile} keeps the index of the application's own start-up. */
    private static final Path SERVICE_DATA = Path.of("target/test-data/real");
    private static final Path OWN_DATA = Path.of("target/test-data/solr-embedded");

    private final Path dataDir;
    private final String fingerprint;

    private EmbeddedRun(Path dataDir, String fingerprint) {
        this.dataDir = dataDir;
        this.fingerprint = fingerprint;
    }

    static EmbeddedRun of(Corpus corpus) {
        Path current = SERVICE_DATA.resolve("CURRENT");
        try {
            if (Files.exists(current)) {
                String name = Files.readString(current, StandardCharsets.UTF_8).strip();
                EmbeddedRun service = new EmbeddedRun(SERVICE_DATA, name.substring("index-".length()));
                // Reports added and removed by earlier tests leave deleted documents, which BM25's statistics
                // still count until a merge: scores would then differ from a fresh collection's.
                if (service.vectors().keySet().equals(corpus.passagesById().keySet()) && service.unchanged()) {
                    return service;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not usable: build our own.
        }
        return new EmbeddedRun(OWN_DATA, fingerprint(corpus));
    }

    PassageIndex open(Corpus corpus, Encoder encoder) {
        return new IndexStore(dataDir).open(corpus, encoder, fingerprint);
    }

    Path indexDir() {
        return dataDir.resolve("index-" + fingerprint);
    }

    /** True when the index holds no deleted documents (it was built once and never changed). */
    private boolean unchanged() throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir()); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDeletedDocs() == 0;
        }
    }

    /** Passage id to vector, as the embedded index holds them. */
    Map<String, float[]> vectors() throws IOException {
        Map<String, float[]> out = new LinkedHashMap<>();
        try (FSDirectory dir = FSDirectory.open(indexDir());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues("vector");
                var stored = leaf.reader().storedFields();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    out.put(stored.document(doc).get("id"), values.vectorValue().clone());
                }
            }
        }
        return out;
    }

    static QaService service(Corpus corpus, Encoder encoder, Retriever lexical, Retriever dense) {
        HybridRetriever retriever = new HybridRetriever(lexical, dense, new RrfFusion(60), corpus.passagesById(), 40);
        ExtractiveComposer composer = new ExtractiveComposer(corpus.paragraphsById(), corpus.reportsById(),
                encoder::similarity, 0.52);
        return new QaService(places(corpus), new TermStats(corpus.reports()), retriever, composer,
                corpus.reportsById());
    }

    private static PlaceDirectory places(Corpus corpus) {
        StringBuilder all = new StringBuilder();
        corpus.reports().forEach(r -> r.paragraphs().forEach(p -> all.append(p.text()).append('\n')));
        return new PlaceDirectory(corpus.reports(), all.toString());
    }

    private static String fingerprint(Corpus corpus) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // What the vectors are computed from: a change in parsing or chunking means a rebuild.
            for (Passage p : corpus.passages()) {
                sha.update((p.id() + '\u0000' + p.header() + '\u0000' + p.text() + '\u0000')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
