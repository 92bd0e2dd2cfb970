package org.coveragebot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud for the benchmark: two Solr nodes and an embedded ZooKeeper in this process (Solr's own
 * {@code MiniSolrCloudCluster}, as the tests use), sharing its two cores with the benchmark.
 */
final class BenchCluster implements AutoCloseable {

    static final int NODES = 2;

    private final MiniSolrCloudCluster cluster;

    BenchCluster(Path work) throws Exception {
        Path base = Files.createDirectories(work.resolve("solrcloud"));
        System.setProperty("solr.log.dir", base.resolve("logs").toString());
        cluster = new MiniSolrCloudCluster.Builder(NODES, base).configure();
    }

    /** The nodes' base URLs, as {@code COVERAGE_SOLR_URL} lists them. */
    String urls() {
        return String.join(",", cluster.getJettySolrRunners().stream().map(JettySolrRunner::getBaseUrl)
                .map(Object::toString).toList());
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }
}
