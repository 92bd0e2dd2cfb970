package org.coveragebot.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud for the tests: two Solr nodes and an embedded ZooKeeper in this JVM (Solr's own
 * {@code MiniSolrCloudCluster}), started once and shut down when the JVM exits.
 */
public final class TestCluster {

    private static MiniSolrCloudCluster cluster;

    private TestCluster() {
    }

    public static synchronized MiniSolrCloudCluster get() throws Exception {
        if (cluster == null) {
            Path base = Files.createTempDirectory("solrcloud-test");
            System.setProperty("solr.log.dir", base.resolve("logs").toString());
            cluster = new MiniSolrCloudCluster.Builder(2, base).configure();
            MiniSolrCloudCluster started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.shutdown();
                } catch (Exception e) {
                    // the JVM is going anyway
                }
            }, "stop-solrcloud"));
        }
        return cluster;
    }

    /** The nodes' base URLs, as COVERAGE_SOLR_URL lists them. */
    public static String urls() throws Exception {
        return String.join(",", get().getJettySolrRunners().stream()
                .map(JettySolrRunner::getBaseUrl).map(Object::toString).toList());
    }

    static SolrSettings settings(String collection) throws Exception {
        return SolrSettings.parse(urls(), collection, 2, 2);
    }

    static List<JettySolrRunner> nodes() throws Exception {
        return get().getJettySolrRunners();
    }
}
