package io.reportqa.app;

import io.reportqa.config.ReportQaConfig;
import io.reportqa.embed.Encoder;
import io.reportqa.solr.SolrBackend;
import io.reportqa.solr.SolrTarget;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The SolrCloud backend as a bean; created only when {@code reportqa.backend=solr} asks for it. */
@Singleton
public class SolrBeans {

    @Produces
    @Singleton
    SolrBackend solr(ReportQaConfig config, StartCorpus start, Encoder encoder) {
        ReportQaConfig.Solr s = config.solr();
        return SolrBackend.open(new SolrTarget(s.zkHost(), s.urls().orElse(List.of()), s.collection(), s.shards(),
                s.replicas()), start.corpus(), encoder);
    }

    void close(@Disposes SolrBackend solr) {
        solr.close();
    }
}
