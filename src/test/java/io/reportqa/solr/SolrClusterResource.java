package io.reportqa.solr;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/** A two-node SolrCloud (with ZooKeeper) for a service test; the service is pointed at it by ZooKeeper address. */
public class SolrClusterResource implements QuarkusTestResourceLifecycleManager {

    private MiniSolrCloudCluster cluster;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("reportqa-solr-service");
            cluster = new MiniSolrCloudCluster.Builder(2, dir).withTraceIdGenerationDisabled().build();
            return Map.of("reportqa.backend", "solr",
                    "reportqa.solr.zk-host", cluster.getZkServer().getZkAddress(),
                    "reportqa.solr.collection", "service");
        } catch (Exception e) {
            throw new IllegalStateException("cannot start SolrCloud for the test", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (cluster != null) {
                cluster.shutdown();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
