package org.coveragebot.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coveragebot.retrieval.ingest.ArticleFolder;
import org.coveragebot.retrieval.ingest.ArticleSet;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.coveragebot.retrieval.text.PassageSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hybrid search over a real on-disk index with the real embedding model. */
class CoverageIndexTest {

    static MiniLmEmbedder embedder;

    @BeforeAll
    static void loadModel() {
        embedder = TestCoverage.model();
    }

    @Test
    void should_bring_the_opening_of_an_article_that_matched_further_down(@TempDir Path folder, @TempDir Path index)
            throws IOException {
        StringBuilder match = new StringBuilder("---\ntitle: A title at last\n---\n"
                + "Northfield beat Easton 3-1 on Sunday, its first title in a decade.\n\n");
        for (int i = 0; i < 6; i++) {
            match.append("Paragraph ").append(i).append(" is about the team's long season, its coaches and the town's "
                    + "new training ground, which opened in the spring after years of fundraising by parents.\n\n");
        }
        match.append("The regional cup final drew a record crowd of 12,000 to the riverside stadium.\n");
        Files.writeString(folder.resolve("final.txt"), match);
        for (int i = 0; i < 30; i++) {
            Files.writeString(folder.resolve("other-" + i + ".txt"), "Tickets for the " + (1990 + i)
                    + " cup go on sale in March at the riverside box office, and fans can also buy them online.\n");
        }
        ArticleSet set = new ArticleFolder(folder).read();
        new CoverageIndexer(index, embedder, new PassageSplitter()).update(set, IndexProgress.SILENT);
        Question question = new QuestionReader(new CoverageAnalyzer()).read("Who won the regional cup final?");
        try (CoverageIndex coverage = CoverageIndex.open(index, set.articles(), embedder)) {
            List<PassageHit> hits = coverage.search(question.terms(), coverage.embed(question.text()), 3);

            List<Integer> finalPassages = hits.stream().filter(hit -> hit.article().id().equals("final.txt"))
                    .map(hit -> hit.passage().ordinal()).toList();
            assertTrue(finalPassages.contains(0), "the opening passage joins the hits: " + finalPassages);
            assertTrue(finalPassages.stream().anyMatch(ordinal -> ordinal > 0), "the passage that matched: " + finalPassages);
            assertEquals(finalPassages.size(), finalPassages.stream().distinct().count(), "no passage twice");
        }
    }
}
