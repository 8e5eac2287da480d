package io.reportqa.app;

import io.reportqa.config.ReportQaConfig;
import io.reportqa.embed.Encoder;
import io.reportqa.solr.SolrBackend;
import io.reportqa.solr.SolrTarget;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The SolrCloud backend as a bean; created only when {@code reportqa.backend=solr} asks for it. It connects and
 * creates the collection if missing; filling an empty one waits for the start corpus, which is loaded from the
 * report sources the collection holds.
 */
@Singleton
public class SolrBeans {

    @Produces
    @Singleton
    SolrBackend solr(ReportQaConfig config, Encoder encoder) {
        ReportQaConfig.Solr s = config.solr();
        return SolrBackend.open(new SolrTarget(s.zkHost(), s.urls().orElse(List.of()), s.collection(), s.shards(),
                s.replicas()), encoder);
    }

    void close(@Disposes SolrBackend solr) {
        solr.close();
    }
}
