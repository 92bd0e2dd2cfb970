package org.coveragebot.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.cli.BatchAsk;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.MiniLmEmbedder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores {@code ask --json} on the public eval sets in ../shared/eval with their own scorer
 * (score.py), exactly as the acceptance checks do. The floors are the scores measured when this test
 * was written: a change that makes answers worse fails here. Skipped where ../shared/eval or python3
 * is missing (a fresh clone without the shared folder).
 */
@Tag("eval")
class EvalScoresTest {

    static final Path SHARED = Path.of(System.getProperty("coverage.shared", "../../shared"));

    @ParameterizedTest(name = "{0} scores at least {1}")
    @CsvSource({"rgb-conflicts-dev, 0.90", "realtimeqa-dev, 0.60"})
    void should_keep_its_score_on_the_public_eval_set(String set, double floor) throws Exception {
        Path eval = SHARED.resolve("eval").resolve(set);
        assumeTrue(Files.isDirectory(eval), "no " + eval);
        assumeTrue(python3Available(), "no python3");
        Path work = Files.createDirectories(Path.of("target", "eval"));
        Path answers = work.resolve(set + "-answers.jsonl");
        ObjectMapper json = new ObjectMapper();
        StringBuilder questions = new StringBuilder();
        for (JsonNode c : json.readTree(eval.resolve("cases.json").toFile())) {
            questions.append(json.writeValueAsString(json.createObjectNode()
                    .put("chat", c.get("chat").asText()).put("question", c.get("question").asText()))).append('\n');
        }
        try (MiniLmEmbedder embedder = new MiniLmEmbedder();
             Coverage coverage = Coverage.open(eval.resolve("articles"), work.resolve(set + "-index"), embedder,
                     IndexProgress.SILENT);
             PrintStream out = new PrintStream(Files.newOutputStream(answers), true, StandardCharsets.UTF_8)) {
            new BatchAsk(new org.coveragebot.bot.conversation.ConversationalAnswerer(new ExtractiveAnswerer(coverage), coverage,
                new org.coveragebot.bot.conversation.ConversationMemory(java.time.Duration.ofMinutes(30), 1000, java.time.Clock.systemUTC()))).run(new BufferedReader(new StringReader(questions.toString())), out);
        }
        Process score = new ProcessBuilder("python3", SHARED.resolve("eval/score.py").toString(),
                eval.resolve("cases.json").toString(), answers.toString(), eval.resolve("articles").toString(),
                "--min-pass", String.valueOf(floor)).redirectErrorStream(true).start();
        String report = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, score.waitFor(120, TimeUnit.SECONDS));
        String summary = report.strip().substring(report.strip().lastIndexOf('\n') + 1);
        System.out.println("[eval] " + set + ": " + summary);
        assertEquals(0, score.exitValue(), set + " below " + floor + " or contract broken:\n" + report);
    }

    private static boolean python3Available() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
