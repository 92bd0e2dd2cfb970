package org.coveragebot.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.embedded.JettySolrRunner;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.search.Findings;
import org.coveragebot.retrieval.search.Quote;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloads and failures on a real two-node SolrCloud: the set changes whole, a failure changes nothing. */
class SolrReloadTest {

    private static final String ASKED = "How much aid did Biden announce?";

    private static Path seeds(Path folder) throws IOException {
        for (String name : List.of(TestCoverage.AP, TestCoverage.G7)) {
            Files.copy(TestCoverage.SAMPLE.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    private static String quoted(Findings findings) {
        return findings.quotes().stream().map(Quote::text).collect(Collectors.joining(" | "));
    }

    /** The real model, failing (as a crash would) on any text holding {@code poison}. */
    private static Embedder failingOn(String poison) {
        Embedder model = TestCoverage.model();
        return new Embedder() {
            @Override
            public int dimension() {
                return model.dimension();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                if (texts.stream().anyMatch(text -> text.contains(poison)) || texts.contains("The model still answers.")) {
                    throw new IllegalStateException("embedding failed (simulated crash)");
                }
                return model.embed(texts);
            }
        };
    }

    @Test
    void should_answer_every_question_while_a_reload_swaps_the_set(@TempDir Path folder) throws Exception {
        seeds(folder);
        try (SolrIndexStore store = SolrIndexStore.connect(TestCluster.settings("swap"), TestCoverage.model());
             Coverage coverage = Coverage.open(folder, store, IndexProgress.SILENT)) {
            Files.writeString(folder.resolve("third.txt"), "---\npublished: 2023-05-22\n---\n"
                    + "Washington unveiled a $400 million military package for Kyiv on Monday.\n");
            AtomicBoolean reloading = new AtomicBoolean(true);
            ExecutorService askers = Executors.newFixedThreadPool(2);
            List<Future<List<String>>> asked = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                asked.add(askers.submit(() -> {
                    List<String> answers = new ArrayList<>();
                    while (reloading.get() || answers.isEmpty()) {
                        answers.add(quoted(coverage.find(ASKED)));
                    }
                    return answers;
                }));
            }
            IndexUpdateReport report = coverage.reload(IndexProgress.SILENT);
            reloading.set(false);
            assertEquals(1, report.added());
            assertEquals(2, report.unchanged());
            assertEquals(0, report.changed(), "only the new article is embedded");
            for (Future<List<String>> answers : asked) {
                for (String answer : answers.get()) {
                    assertTrue(answer.contains("$375 million") && answer.contains("$357 million"), answer);
                }
            }
            askers.shutdown();
            Findings third = coverage.find("How much was the military package Washington unveiled on Monday?");
            assertTrue(third.quotes().stream().anyMatch(quote -> quote.article().id().equals("third.txt")), quoted(third));
        }
    }

    @Test
    void should_keep_serving_the_last_good_set_when_a_reload_fails(@TempDir Path folder) throws Exception {
        seeds(folder);
        SolrSettings settings = TestCluster.settings("failing");
        try (SolrIndexStore good = SolrIndexStore.connect(settings, TestCoverage.model());
             Coverage coverage = Coverage.open(folder, good, IndexProgress.SILENT)) {
            String before = good.current().orElseThrow();
            Files.writeString(folder.resolve("poison.txt"), "The poison pill article says nothing else.\n");
            try (SolrIndexStore failing = SolrIndexStore.connect(settings, failingOn("poison pill"))) {
                assertThrows(IOException.class, () -> Coverage.open(folder, failing, IndexProgress.SILENT));
            }
            assertEquals(before, good.current().orElseThrow(), "the alias still names the last good collection");
            assertTrue(quoted(coverage.find(ASKED)).contains("$375 million"));
            Files.delete(folder.resolve("poison.txt"));
            Files.writeString(folder.resolve("third.txt"), "Washington unveiled a $400 million package on Monday.\n");
            coverage.reload(IndexProgress.SILENT);
            List<String> generations = CollectionAdminRequest.listCollections(solrClient()).stream()
                    .filter(name -> name.startsWith("failing_")).toList();
            assertTrue(generations.size() <= 2, "the half-built collection is gone: " + generations);
        }
    }

    @Test
    void should_answer_every_question_while_a_solr_node_goes_down(@TempDir Path folder) throws Exception {
        seeds(folder);
        try (SolrIndexStore store = SolrIndexStore.connect(TestCluster.settings("failover"), TestCoverage.model());
             Coverage coverage = Coverage.open(folder, store, IndexProgress.SILENT)) {
            JettySolrRunner stopped = TestCluster.nodes().get(1);
            int answered = 0;
            try {
                for (int i = 0; i < 40; i++) {
                    if (i == 10) {
                        TestCluster.get().stopJettySolrRunner(stopped);
                    }
                    assertTrue(quoted(coverage.find(ASKED)).contains("$375 million"), "question " + i);
                    answered++;
                }
            } finally {
                TestCluster.get().startJettySolrRunner(stopped);
                TestCluster.get().waitForNode(stopped, 60);
            }
            assertEquals(40, answered);
        }
    }

    private static org.apache.solr.client.solrj.SolrClient solrClient() throws Exception {
        return TestCluster.get().getSolrClient();
    }
}
