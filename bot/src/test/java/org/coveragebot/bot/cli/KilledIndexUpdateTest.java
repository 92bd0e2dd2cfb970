package org.coveragebot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.MiniLmEmbedder;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index} killed with SIGKILL in the middle of embedding: the last good set opens and serves. */
class KilledIndexUpdateTest {

    @Test
    void should_serve_the_last_good_set_after_a_kill_9_mid_update(@TempDir Path articles, @TempDir Path index)
            throws Exception {
        for (Path sample : Files.list(TestCoverage.SAMPLE).toList()) {
            Files.copy(sample, articles.resolve(sample.getFileName()));
        }
        MiniLmEmbedder model = TestCoverage.model();
        {
            Coverage.open(articles, index, model, IndexProgress.SILENT).close();
            for (int i = 0; i < 400; i++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 12; s++) {
                    text.append("Report ").append(i).append(" says district ").append(s)
                            .append(" received new funding for schools, roads and clinics this year. ");
                }
                Files.writeString(articles.resolve("extra-" + i + ".txt"), text.toString());
            }
            Process indexer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.coveragebot.bot.Main", "index",
                    "--articles", articles.toString(), "--index", index.toString())
                    .redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(indexer.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean embedding = false;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("Indexing: ") && !line.startsWith("Indexing: 0/")) {
                    embedding = true;
                    break;
                }
            }
            assertTrue(embedding, "the child process started embedding");
            indexer.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback, no close
            assertTrue(indexer.waitFor(30, TimeUnit.SECONDS));

            try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
                assertEquals(2, new IndexSearcher(reader).count(new TermQuery(new Term("kind", "article"))),
                        "the committed index is still the two sample articles");
            }
            try (Coverage restarted = Coverage.open(articles, index, model, IndexProgress.SILENT)) {
                assertEquals(400, restarted.lastUpdate().added(), "the next update completes the job");
                assertTrue(restarted.find("How much aid did Biden announce?").answered());
            }
        }
    }
}
