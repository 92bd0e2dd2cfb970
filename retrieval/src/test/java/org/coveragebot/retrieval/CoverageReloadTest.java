package org.coveragebot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.MiniLmEmbedder;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.coveragebot.retrieval.search.Findings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading the coverage while it serves: atomic swaps, failed reloads, restarts after a failure. */
class CoverageReloadTest {

    static MiniLmEmbedder model;

    @TempDir
    Path folder;
    @TempDir
    Path index;

    @BeforeAll
    static void loadModel() {
        model = TestCoverage.model();
    }

    /**
     * The real model, crashing once it has seen a text that contains {@code poison}: from then on it fails on
     * everything, as a model that has run out of memory does.
     */
    static CrashingEmbedder failingOn(String poison) {
        return new CrashingEmbedder(poison);
    }

    /** The model crashing on a poisoned text and failing on everything after it, until it is brought back. */
    static final class CrashingEmbedder implements Embedder {
        private final String poison;
        private final AtomicBoolean crashed = new AtomicBoolean();

        CrashingEmbedder(String poison) {
            this.poison = poison;
        }

        /** The model works again (a restarted process). */
        void recover() {
            crashed.set(false);
        }

        @Override
        public int dimension() {
            return model.dimension();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            if (crashed.get() || texts.stream().anyMatch(t -> t.contains(poison))) {
                crashed.set(true);
                throw new IllegalStateException("embedding failed (simulated crash)");
            }
            return model.embed(texts);
        }
    }

    /** The real model, refusing only texts that contain {@code poison}: one bad article, a working model. */
    static Embedder refusing(String poison) {
        return new Embedder() {
            @Override
            public int dimension() {
                return model.dimension();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                if (texts.stream().anyMatch(t -> t.contains(poison))) {
                    throw new IllegalArgumentException("Cannot embed this text");
                }
                return model.embed(texts);
            }
        };
    }

    @Test
    void should_skip_and_name_an_article_that_cannot_be_embedded_and_index_the_rest() throws Exception {
        writeVersion("$10 million");
        Files.writeString(folder.resolve("odd.txt"), "The ODD line cannot be embedded by this model at all, it says.\n");
        try (Coverage coverage = Coverage.open(folder, index, refusing("ODD"), IndexProgress.SILENT)) {
            assertEquals(2, coverage.lastUpdate().added());
            assertEquals(List.of("odd.txt"), coverage.lastUpdate().skipped().stream().map(s -> s.name()).toList());
            assertTrue(coverage.lastUpdate().skipped().get(0).reason().contains("cannot be indexed"));
            assertTrue(coverage.find("How much will the new bridge cost?").answered());
        }
    }

    @Test
    void should_build_an_article_holding_a_line_of_no_break_spaces() throws Exception {
        Files.writeString(folder.resolve("spaces.txt"), "The harbour will reopen in May, the port said.\n\u00a0\u00a0\u00a0\n"
                + "\u2003\u00a0\nShips will dock at the new pier from June.\n");
        Files.writeString(folder.resolve("blank.txt"), "\u00a0\u00a0\u00a0\n");
        try (Coverage coverage = Coverage.open(folder, index, model, IndexProgress.SILENT)) {
            assertEquals(1, coverage.lastUpdate().added());
            assertEquals(List.of("blank.txt"), coverage.lastUpdate().skipped().stream().map(s -> s.name()).toList());
            assertTrue(coverage.find("When will ships dock at the new pier?").answered());
        }
    }

    private void writeVersion(String cost) throws IOException {
        Files.writeString(folder.resolve("city-hall.txt"), "---\nsource: City Wire\n---\nThe council said the new bridge "
                + "over the river will cost " + cost + " and open next spring, the mayor told reporters on Monday.\n");
        Files.writeString(folder.resolve("gazette.txt"), "---\nsource: Gazette\n---\nThe new bridge over the river will cost "
                + cost + " and open next spring, according to the council's budget papers published on Monday.\n");
    }

    @Test
    void should_answer_from_either_the_old_or_the_new_set_never_a_mix() throws Exception {
        writeVersion("$10 million");
        try (Coverage coverage = Coverage.open(folder, index, model, IndexProgress.SILENT)) {
            ExecutorService askers = Executors.newFixedThreadPool(3);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answers = new AtomicInteger();
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                tasks.add(askers.submit(() -> {
                    while (running.get()) {
                        Findings findings = coverage.find("How much will the new bridge cost?");
                        Set<String> costs = new HashSet<>();
                        for (org.coveragebot.retrieval.search.Quote quote : findings.quotes()) {
                            costs.add(quote.text().contains("$10 million") ? "10" : quote.text().contains("$20 million") ? "20" : "?");
                        }
                        assertEquals(1, costs.size(), "one version per answer: " + findings.quotes());
                        assertEquals(List.of(), findings.disputes());
                        answers.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int round = 0; round < 6; round++) {
                writeVersion(round % 2 == 0 ? "$20 million" : "$10 million");
                assertEquals(2, coverage.reload(IndexProgress.SILENT).changed());
            }
            running.set(false);
            for (Future<?> task : tasks) {
                task.get();
            }
            askers.shutdown();
            assertTrue(answers.get() > 0);
        }
    }

    @Test
    void should_keep_serving_the_previous_set_when_a_reload_fails_and_finish_the_job_after_a_restart() throws Exception {
        writeVersion("$10 million");
        Coverage.open(folder, index, model, IndexProgress.SILENT).close();
        Files.writeString(folder.resolve("ferry.txt"), "The ferry service will stop running in June, the port authority said.\n");
        Files.writeString(folder.resolve("tunnel.txt"), "The tunnel POISON will be closed for repairs all of August, engineers said.\n");
        try (Coverage failing = Coverage.open(folder, index, failingOn("POISON"), IndexProgress.SILENT)) {
            throw new AssertionError("the update should have failed");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("simulated crash"));
        }
        // what is on disk is still the last good commit: the two first articles, nothing half-done
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(index))) {
            assertEquals(2, new org.apache.lucene.search.IndexSearcher(reader).count(
                    new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("kind", "article"))));
        }
        // after the restart, the next update finishes the job
        Files.writeString(folder.resolve("tunnel.txt"), "The tunnel will be closed for repairs all of August, engineers said.\n");
        try (Coverage restarted = Coverage.open(folder, index, model, IndexProgress.SILENT)) {
            assertEquals(2, restarted.lastUpdate().added());
            assertEquals(2, restarted.lastUpdate().unchanged());
            assertTrue(restarted.find("When will the ferry stop running?").answered());
        }
    }

    @Test
    void should_leave_the_serving_set_alone_when_a_reload_fails() throws Exception {
        writeVersion("$10 million");
        CrashingEmbedder sometimesFailing = failingOn("POISON");
        try (Coverage coverage = Coverage.open(folder, index, sometimesFailing, IndexProgress.SILENT)) {
            Files.writeString(folder.resolve("tunnel.txt"), "The tunnel POISON will be closed for repairs all of August.\n");
            writeVersion("$20 million");
            assertThrows(IllegalStateException.class, () -> coverage.reload(IndexProgress.SILENT));
            sometimesFailing.recover();
            Findings findings = coverage.find("How much will the new bridge cost?");
            assertTrue(findings.quotes().get(0).text().contains("$10 million"), findings.quotes().toString());
            assertFalse(coverage.find("When is the tunnel closed for repairs?").quotes().stream()
                    .anyMatch(q -> q.text().contains("tunnel")));
        }
    }

    @Test
    void should_serve_the_same_articles_after_a_restart_as_after_the_first_read() throws Exception {
        Path sample = Path.of("..", "articles");
        List<org.coveragebot.retrieval.ingest.Article> parsed = new org.coveragebot.retrieval.ingest.ArticleFolder(sample)
                .read().articles();
        Coverage.open(sample, index, model, IndexProgress.SILENT).close();
        try (Coverage restarted = Coverage.open(sample, index, model, IndexProgress.SILENT)) {
            assertEquals(parsed.size(), restarted.lastUpdate().unchanged());
            for (org.coveragebot.retrieval.ingest.Article article : parsed) {
                assertEquals(article, restarted.article(article.id()).orElseThrow());
            }
        }
    }

    @Test
    void should_open_an_unchanged_folder_without_writing_even_while_another_process_holds_the_index() throws Exception {
        writeVersion("$10 million");
        Coverage.open(folder, index, model, IndexProgress.SILENT).close();
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(index);
             org.apache.lucene.index.IndexWriter otherProcess = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig());
             Coverage reopened = Coverage.open(folder, index, model, IndexProgress.SILENT)) {
            assertTrue(otherProcess.isOpen());
            assertEquals(0, reopened.lastUpdate().sentencesEmbedded());
            assertTrue(reopened.find("How much will the new bridge over the river cost?").answered());
        }
    }
}
