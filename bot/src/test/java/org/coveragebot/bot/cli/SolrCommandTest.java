package org.coveragebot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.coveragebot.solr.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index} and {@code ask --json} run as a user runs them, with {@code COVERAGE_SOLR_URL} naming a
 * real SolrCloud (two nodes and ZooKeeper in the test JVM): the collection is made when missing and brought
 * up to date with the article folder, and the answers cite what the local index cites.
 */
class SolrCommandTest {

    static final String QUESTION = "{\"chat\": \"c\", \"question\": \"How much aid did Biden announce?\"}\n";

    @Test
    void should_create_the_collection_keep_it_current_and_answer_as_the_local_index_does(@TempDir Path work)
            throws Exception {
        Path articles = Files.createDirectories(work.resolve("articles"));
        for (Path sample : Files.list(TestCoverage.SAMPLE).toList()) {
            Files.copy(sample, articles.resolve(sample.getFileName()));
        }
        Map<String, String> solr = Map.of("COVERAGE_SOLR_URL", TestCluster.urls(), "COVERAGE_SOLR_COLLECTION", "cli");
        CommandRun created = CommandRun.of(work, solr, "", "index", "--articles", articles.toString());
        assertEquals(0, created.exit(), created.stderr());
        assertTrue(created.stdout().matches("(?s)\\d+ articles \\(\\d+ added.*"), created.stdout());
        assertTrue(!created.stdout().startsWith("0 articles"), created.stdout());

        CommandRun unchanged = CommandRun.of(work, solr, "", "index", "--articles", articles.toString());
        assertTrue(unchanged.stdout().contains(" 0 sentences embedded"), "nothing new, nothing embedded: " + unchanged.stdout());

        CommandRun viaSolr = CommandRun.of(work, solr, QUESTION, "ask", "--json", "--articles", articles.toString());
        CommandRun local = CommandRun.of(work, Map.of(), QUESTION, "ask", "--json", "--articles", articles.toString(),
                "--index", work.resolve("local-index").toString());
        assertEquals(0, viaSolr.exit(), viaSolr.stderr());
        assertTrue(viaSolr.stdout().contains("$375 million") && viaSolr.stdout().contains("$357 million"), viaSolr.stdout());
        assertEquals(citations(local.stdout()), citations(viaSolr.stdout()));

        Files.writeString(articles.resolve("late.txt"), "---\ntitle: Late report\nsource: Wire\npublished: 2023-05-22\n---\n"
                + "The Kramatorsk council said on Monday that 150,000 people live in the city.\n");
        CommandRun added = CommandRun.of(work, solr, "", "index", "--articles", articles.toString());
        assertTrue(added.stdout().contains("1 added"), added.stdout());
    }

    @Test
    void should_say_in_one_line_when_solrcloud_cannot_be_reached(@TempDir Path work) throws Exception {
        CommandRun run = CommandRun.of(work, Map.of("COVERAGE_SOLR_URL", "http://127.0.0.1:1/solr"), "", "index",
                "--articles", TestCoverage.SAMPLE.toString());
        assertEquals(1, run.exit());
        assertTrue(run.stderr().contains("127.0.0.1:1"), run.stderr());
        assertTrue(!run.stderr().contains("\tat "), "no stack trace: " + run.stderr());
    }

    private static List<String> citations(String answers) throws Exception {
        JsonNode answer = new ObjectMapper().readTree(answers.lines().findFirst().orElseThrow());
        List<String> cited = new ArrayList<>();
        answer.path("citations").forEach(c -> cited.add(c.path("article").asText() + " " + c.path("start").asInt()
                + "-" + c.path("end").asInt()));
        return cited;
    }
}
