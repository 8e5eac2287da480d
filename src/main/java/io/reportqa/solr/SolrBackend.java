package io.reportqa.solr;

import io.reportqa.embed.Encoder;
import io.reportqa.ingest.Corpus;
import io.reportqa.library.PassageWriter;
import io.reportqa.retrieve.Retriever;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * The service's view of SolrCloud: one client, the passage store, the report sources and the two retrievers over
 * them. The service keeps no index nor report files of its own, so any number of instances can share one
 * collection. At start-up the collection is created if missing and filled from the corpus if empty; a collection
 * that holds passages is used as it is, since other instances may have added or deleted reports in it.
 */
public final class SolrBackend implements Closeable {

    private static final System.Logger LOG = System.getLogger(SolrBackend.class.getName());

    private final CloudSolrClient client;
    private final String collection;
    private final SolrPassageStore store;
    private final Retriever lexical;
    private final Retriever dense;
    private final Encoder encoder;

    private SolrBackend(CloudSolrClient client, String collection, Encoder encoder) {
        this.client = client;
        this.collection = collection;
        this.store = new SolrPassageStore(client, collection);
        this.lexical = new SolrLexicalRetriever(client, collection);
        this.dense = new SolrVectorRetriever(client, collection, encoder);
        this.encoder = encoder;
    }

    /** Connects without touching the collection. */
    public static SolrBackend connect(SolrTarget target, Encoder encoder) {
        return new SolrBackend(target.connect(), target.collection(), encoder);
    }

    /** Connects, creating the collection when the cluster has none. */
    public static SolrBackend open(SolrTarget target, Encoder encoder) {
        SolrBackend backend = connect(target, encoder);
        try {
            SolrCollection.ensure(backend.client, target);
            return backend;
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** Connects, creating the collection and indexing the corpus into it when there is nothing to use yet. */
    public static SolrBackend open(SolrTarget target, Corpus corpus, Encoder encoder) {
        SolrBackend backend = open(target, encoder);
        try {
            backend.fillIfEmpty(corpus, encoder);
            return backend;
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** Indexes the corpus when the collection holds no passages; otherwise uses them as they are. */
    public void fillIfEmpty(Corpus corpus, Encoder encoder) {
        long held = store.count();
        if (held == 0) {
            store.index(corpus.passages(), encoder);
        } else {
            LOG.log(System.Logger.Level.INFO, "using SolrCloud collection {0} as it is ({1} passages)", collection,
                    held);
        }
    }

    /** The report sources shared through the collection, with the bundled corpus read from {@code corpusDir}. */
    public SolrSourceStore sources(Path corpusDir) {
        return new SolrSourceStore(client, collection, corpusDir);
    }

    CloudSolrClient client() {
        return client;
    }

    public SolrPassageStore store() {
        return store;
    }

    /** The library's writes: passages of removed reports deleted, those of added reports embedded and indexed. */
    public PassageWriter writer() {
        return (removed, added) -> {
            removed.forEach(store::deleteReport);
            if (!added.isEmpty()) {
                store.index(added, encoder);
            }
        };
    }

    public Retriever lexical() {
        return lexical;
    }

    public Retriever dense() {
        return dense;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the SolrCloud client failed: {0}", e.getMessage());
        }
    }
}
