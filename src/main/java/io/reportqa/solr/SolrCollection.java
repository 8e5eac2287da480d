package io.reportqa.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Creates the passage collection when the cluster has none: uploads the configset kept in this jar
 * ({@code solr/reportqa/conf}) through the Configsets API, then creates the collection with the configured shards
 * and replicas and waits until every replica is active. An existing collection is used as it is.
 */
public final class SolrCollection {

    private static final System.Logger LOG = System.getLogger(SolrCollection.class.getName());
    static final String CONFIGSET = "/solr/reportqa/conf/";
    static final List<String> CONFIG_FILES = List.of("solrconfig.xml", "schema.xml");
    private static final long ACTIVE_WAIT_MS = 120_000;

    private SolrCollection() {
    }

    /**
     * Instances started together on an empty cluster may both try to create the collection: the one whose
     * request loses finds it created and uses it.
     *
     * @return whether the collection had to be created by this call
     */
    public static boolean ensure(CloudSolrClient client, SolrTarget target) {
        try {
            if (exists(client, target)) {
                return false;
            }
            upload(client, target.collection());
            try {
                CollectionAdminRequest.createCollection(target.collection(), target.collection(), target.shards(),
                        target.replicas()).process(client);
            } catch (SolrServerException | RuntimeException e) {
                if (!exists(client, target)) {
                    throw e;
                }
                LOG.log(System.Logger.Level.INFO, "collection {0} was created meanwhile by another instance",
                        target.collection());
                return false;
            }
            waitUntilActive(client, target);
            LOG.log(System.Logger.Level.INFO, "created SolrCloud collection {0} ({1} shards x {2} replicas)",
                    target.collection(), target.shards(), target.replicas());
            return true;
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("cannot create the SolrCloud collection " + target.collection(), e);
        }
    }

    private static boolean exists(CloudSolrClient client, SolrTarget target) throws SolrServerException, IOException {
        return CollectionAdminRequest.listCollections(client).contains(target.collection());
    }

    private static void upload(CloudSolrClient client, String name) throws SolrServerException, IOException {
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(zippedConfigset(), name + ".zip",
                "application/octet-stream");
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setUploadStream(zip)
                .setOverwrite(true);
        upload.setConfigSetName(name);
        upload.process(client);
    }

    static byte[] zippedConfigset() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIG_FILES) {
                try (InputStream in = SolrCollection.class.getResourceAsStream(CONFIGSET + file)) {
                    if (in == null) {
                        throw new IllegalStateException("the configset file " + CONFIGSET + file + " is missing");
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void waitUntilActive(CloudSolrClient client, SolrTarget target) {
        long deadline = System.currentTimeMillis() + ACTIVE_WAIT_MS;
        int expected = target.shards() * target.replicas();
        while (System.currentTimeMillis() < deadline) {
            if (activeReplicas(client, target.collection()) == expected) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + target.collection(), e);
            }
        }
        throw new IllegalStateException("collection " + target.collection() + " did not become active in time");
    }

    /** How many replicas of the collection are active on live nodes. */
    public static long activeReplicas(CloudSolrClient client, String collection) {
        try {
            DocCollection c = client.getClusterStateProvider().getCollection(collection);
            Set<String> live = client.getClusterStateProvider().getLiveNodes();
            return c == null ? 0 : c.getReplicas().stream().filter((Replica r) -> r.isActive(live)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state of " + collection, e);
        }
    }
}
