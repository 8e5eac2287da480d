package io.reportqa.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where the passages live on SolrCloud and how the collection is laid out when this service has to create it.
 *
 * @param zkHost ZooKeeper ensemble as Solr writes it ({@code zk1:2181,zk2:2181/solr}); empty when {@code urls} say
 *     where the cluster is
 * @param urls base URLs of some Solr nodes ({@code http://solr1:8983/solr}); used when there is no {@code zkHost}
 * @param collection the collection holding the passages; also the name of the configset uploaded for it
 * @param shards shards of a collection this service creates
 * @param replicas replicas per shard of a collection this service creates
 */
public record SolrTarget(Optional<String> zkHost, List<String> urls, String collection, int shards, int replicas) {

    public SolrTarget {
        urls = List.copyOf(urls);
        if (zkHost.isEmpty() && urls.isEmpty()) {
            throw new IllegalArgumentException("SolrCloud needs a ZooKeeper address or at least one node URL");
        }
        if (collection.isBlank() || shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("collection must be named, shards and replicas at least 1");
        }
    }

    /** A client that follows the cluster state, so it sends each request to a live replica. */
    public CloudSolrClient connect() {
        if (zkHost.isPresent()) {
            String spec = zkHost.get();
            int slash = spec.indexOf('/');
            List<String> hosts = Arrays.asList((slash < 0 ? spec : spec.substring(0, slash)).split(","));
            Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(spec.substring(slash));
            return new CloudHttp2SolrClient.Builder(hosts, chroot).build();
        }
        return new CloudHttp2SolrClient.Builder(urls).build();
    }
}
