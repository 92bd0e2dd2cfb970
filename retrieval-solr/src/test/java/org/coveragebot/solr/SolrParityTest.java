package org.coveragebot.solr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.search.Findings;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same questions give the same answers through SolrCloud as through the embedded index: on the public
 * dev sets (when ../shared/eval is there), at least 95% of answers cite exactly the same spans; the
 * differing ones are printed with both answers. polnear-dev runs with every build; gva-dev and realtimeqa-dev,
 * larger (about six minutes on two cores; 98.4% and 100% on 2026-11-30), run on purpose:
 * {@code mvn -pl retrieval-solr test -Dgroups=solr-parity -DexcludedGroups=}.
 */
class SolrParityTest {

    static final Path SHARED = Path.of(System.getProperty("coverage.shared", "../../shared"));
    static final double LEAST_IDENTICAL = 0.95;

    /** The real model, each text embedded once for both stores. */
    static final class Remembering implements Embedder {
        private final Embedder model = TestCoverage.model();
        private final Map<String, float[]> known = new ConcurrentHashMap<>();

        @Override
        public int dimension() {
            return model.dimension();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            List<String> missing = texts.stream().filter(text -> !known.containsKey(text)).distinct().toList();
            if (!missing.isEmpty()) {
                List<float[]> vectors = model.embed(missing);
                for (int i = 0; i < missing.size(); i++) {
                    known.put(missing.get(i), vectors.get(i));
                }
            }
            return texts.stream().map(known::get).toList();
        }
    }

    private static String cited(Findings findings) {
        return findings.quotes().stream().map(q -> q.article().id() + "@" + q.span().start() + "-" + q.span().end())
                .collect(Collectors.joining(" ")) + " " + findings.disputes().size();
    }

    /** The smallest dev set (150 questions over 1 MB of political news), in every test run: about 40 s. */
    @Test
    void should_cite_the_same_spans_for_a_dev_set_through_solrcloud() throws Exception {
        should_cite_the_same_spans_through_solrcloud_as_through_the_embedded_index("polnear-dev");
    }

    @Tag("solr-parity")
    @ParameterizedTest(name = "{0}")
    @CsvSource({"gva-dev", "realtimeqa-dev"})
    void should_cite_the_same_spans_through_solrcloud_as_through_the_embedded_index(String set) throws Exception {
        Path eval = SHARED.resolve("eval").resolve(set);
        if (!Files.isDirectory(eval)) {
            System.out.println("[eval] skipped: no " + eval.toAbsolutePath().normalize());
        }
        assumeTrue(Files.isDirectory(eval), "no " + eval);
        Embedder embedder = new Remembering();
        List<String> questions = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(eval.resolve("cases.json").toFile())) {
            questions.add(c.get("question").asText());
        }
        Path local = Files.createTempDirectory("parity-" + set);
        int identical = 0;
        List<String> differences = new ArrayList<>();
        try (Coverage embedded = Coverage.open(eval.resolve("articles"), local, embedder, IndexProgress.SILENT);
             SolrIndexStore store = SolrIndexStore.connect(TestCluster.settings("parity-" + set), embedder);
             Coverage solr = Coverage.open(eval.resolve("articles"), store, IndexProgress.SILENT)) {
            for (String question : questions) {
                String expected = cited(embedded.find(question));
                String actual = cited(solr.find(question));
                if (expected.equals(actual)) {
                    identical++;
                } else {
                    differences.add(question + "\n    embedded: " + expected + "\n    solr:     " + actual);
                }
            }
        }
        double share = identical / (double) questions.size();
        System.out.printf("[eval] %s through SolrCloud: %d/%d answers cite the same spans (%.1f %%)%n", set, identical,
                questions.size(), 100 * share);
        differences.forEach(difference -> System.out.println("[eval]   " + difference));
        assertTrue(share >= LEAST_IDENTICAL, set + ": " + identical + "/" + questions.size());
    }
}
