package org.coveragebot.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.coveragebot.retrieval.index.CoverageAnalyzer;
import org.coveragebot.retrieval.index.LocalIndexStore;
import org.coveragebot.retrieval.index.PassageHit;
import org.coveragebot.retrieval.index.PassageIndex;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleFolder;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;
import java.util.stream.Collectors;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.search.Findings;
import org.coveragebot.retrieval.search.Quote;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.Test;

/** The seeds answered through a real two-node SolrCloud, as through the embedded index. */
class SolrCoverageTest {

    private static String cited(Findings findings) {
        return findings.quotes().stream().map(q -> q.article().id() + "@" + q.span().start() + "-" + q.span().end())
                .collect(Collectors.joining(" "));
    }

    @Test
    void should_answer_the_seeds_through_solrcloud_with_the_embedded_indexes_citations() throws Exception {
        try (SolrIndexStore store = SolrIndexStore.connect(TestCluster.settings("seeds"), TestCoverage.model());
             Coverage solr = Coverage.open(TestCoverage.SAMPLE, store, IndexProgress.SILENT)) {
            Coverage local = TestCoverage.sample();
            for (String question : List.of("How much aid did Biden announce?", "What did Zelensky say about Bakhmut?",
                    "Who leads the Wagner group?", "What is Bakhmut known for producing?",
                    "What is the population of Kramatorsk?")) {
                Findings expected = local.find(question);
                Findings actual = solr.find(question);
                assertEquals(cited(expected), cited(actual), question);
                assertEquals(expected.disputes().size(), actual.disputes().size(), question);
            }
            long onDisk = solr.indexSizeBytes().orElseThrow();
            assertTrue(onDisk > 10_000 && onDisk < 100_000_000, "the collection's size on its nodes: " + onDisk);
            Findings aid = solr.find("How much aid did Biden announce?");
            String quoted = aid.quotes().stream().map(Quote::text).collect(Collectors.joining(" | "));
            assertTrue(quoted.contains("$375 million") && quoted.contains("$357 million"), quoted);
            assertFalse(aid.disputes().isEmpty());
        }
    }

    @Test
    void should_rank_the_same_passages_with_each_articles_lede_as_the_embedded_index() throws Exception {
        List<Article> articles = new ArticleFolder(TestCoverage.SAMPLE).read().articles();
        Path local = Files.createTempDirectory("ranking-local");
        QuestionReader reader = new QuestionReader(new CoverageAnalyzer());
        try (SolrIndexStore store = SolrIndexStore.connect(TestCluster.settings("ranking"), TestCoverage.model());
             Coverage solr = Coverage.open(TestCoverage.SAMPLE, store, IndexProgress.SILENT);
             Coverage embedded = Coverage.open(TestCoverage.SAMPLE, local, TestCoverage.model(), IndexProgress.SILENT);
             PassageIndex byLucene = new LocalIndexStore(local, TestCoverage.model()).open(articles);
             PassageIndex bySolr = store.open(articles)) {
            for (String question : List.of("What is Bakhmut known for producing?", "Who leads the Wagner group?",
                    "What did Prigozhin claim?")) {
                Question read = reader.read(question);
                float[] vector = byLucene.embed(question);
                for (int k = 1; k <= 3; k++) {
                    List<String> expected = keys(byLucene.search(read.terms(), vector, k, Set.of(), Set.of()));
                    assertEquals(expected, keys(bySolr.search(read.terms(), vector, k, Set.of(), Set.of())),
                            question + ", " + k + " passages");
                    assertTrue(expected.stream().anyMatch(key -> key.endsWith("#0")), "ledes join the hits: " + expected);
                }
            }
        }
    }

    private static List<String> keys(List<PassageHit> hits) {
        return hits.stream().map(hit -> hit.article().id() + "#" + hit.passage().ordinal()).toList();
    }
}
