package org.coveragebot.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny smoke runs of {@code bench} over the sample articles: every measure and every system is reported. */
class BenchmarkRunTest {

    static final Path SAMPLE = Path.of("..", "articles");
    static final Path SCORER = Path.of(System.getProperty("coverage.shared", "../../shared"), "eval", "score.py");

    @Test
    void should_report_every_speed_measure(@TempDir Path work) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BenchmarkRun(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .speed(SAMPLE, work, 2, 20, true, "bench --articles articles --copies 2 --solr yes");
        String report = out.toString(StandardCharsets.UTF_8);
        for (String measure : new String[] {"# Benchmarks", "2 \u00d7 articles (4 articles)", "full index build",
                "cold start to first answer", "nothing-changed reload", "p50 / p99", "20 questions",
                "answers per second, 4 askers", "heap in use after a collection", "peak RSS",
                "SolrCloud beside the embedded index", "| measure | embedded | SolrCloud |"}) {
            assertTrue(report.contains(measure), measure + " in\n" + report);
        }
    }

    @Test
    void should_score_coverage_bot_and_both_baselines_with_the_eval_scorer(@TempDir Path eval, @TempDir Path work)
            throws Exception {
        assumeTrue(Files.isRegularFile(SCORER) && python3(), "needs ../shared/eval/score.py and python3");
        Path set = Files.createDirectories(eval.resolve("rgb-conflicts-dev").resolve("articles"));
        for (String name : new String[] {"zelensky-g7-bakhmut-biden-aid.txt", "zelenskyy-bakhmut-only-in-our-hearts-ap.txt"}) {
            Files.copy(SAMPLE.resolve(name), set.resolve(name));
        }
        Files.writeString(set.getParent().resolve("cases.json"), """
                [{"chat": "a", "question": "How much aid did Biden announce?", "quotes_all": [["$375 million"], ["$357 million"]],
                  "disagree_any": [[["$375 million"], ["$357 million"]]]},
                 {"chat": "b", "question": "What did Zelensky say about Bakhmut?", "quotes_any": ["only in our hearts"]},
                 {"chat": "c", "question": "Who won the 1998 football world cup?", "status": "not_found", "unscored": true}]
                """);
        Files.copy(SCORER, eval.resolve("score.py"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BenchmarkRun(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .all(eval, work, 1, 20, false, "bench --eval eval --solr no");
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("| coverage-bot | 2/2 (100 %) |"), report);
        for (String system : new String[] {"BM25 segments", "easy RAG defaults"}) {
            assertTrue(report.matches("(?s).*\\| " + system + " \\| \\d/2 .* \\| 0/3 \\|.*"),
                    system + " answers keep the contract (its quotes are exact spans):\n" + report);
            assertTrue(report.contains("coverage-bot vs " + system), report);
        }
    }

    private static boolean python3() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
