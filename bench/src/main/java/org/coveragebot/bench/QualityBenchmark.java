package org.coveragebot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coveragebot.bot.cli.BatchAsk;

/**
 * The quality half: a system answers every question of an eval set through the {@code ask --json}
 * contract, score.py scores the answers, and the system's own retrieval is checked for the gold text
 * in its top 1, 3 and 10 units (passages for coverage-bot, segments for the baselines).
 */
final class QualityBenchmark {

    private final Scorer scorer;
    private final Path work;

    QualityBenchmark(Scorer scorer, Path work) {
        this.scorer = scorer;
        this.work = work;
    }

    QualityResult measure(EvalSet set, Contender contender, double buildSeconds) throws IOException {
        Path answers = work.resolve(set.name() + "-" + contender.name().replaceAll("\\W+", "-") + ".jsonl");
        long started = System.nanoTime();
        try (PrintStream out = new PrintStream(Files.newOutputStream(answers), true, StandardCharsets.UTF_8)) {
            new BatchAsk(contender.answerer()).run(new BufferedReader(new StringReader(questions(set))), out);
        }
        double msPerQuestion = (System.nanoTime() - started) / 1e6 / Math.max(1, set.cases().size());
        java.util.Map<String, Scorer.Score> parts = new java.util.LinkedHashMap<>();
        for (var part : set.parts(work).entrySet()) {
            parts.put(part.getKey(), scorer.chatRule(set, answers, part.getValue()));
        }
        return new QualityResult(set.name(), contender.name(), buildSeconds, scorer.chatRule(set, answers),
                scorer.limitsRaised(set, answers), recall(set, contender), msPerQuestion, parts);
    }

    private static String questions(EvalSet set) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (EvalCase c : set.cases()) {
            lines.append(json.writeValueAsString(json.createObjectNode().put("chat", c.chat()).put("question", c.question())))
                    .append('\n');
        }
        return lines.toString();
    }

    private static double[] recall(EvalSet set, Contender contender) {
        int[] at = QualityResult.RECALL_AT;
        int deepest = at[at.length - 1];
        double[] found = new double[at.length];
        List<EvalCase> checked = set.cases().stream().filter(c -> c.scored() && !c.gold().isEmpty()).toList();
        for (EvalCase c : checked) {
            List<String> units = contender.retrieve(c.question(), deepest);
            for (int i = 0; i < at.length; i++) {
                if (c.heldIn(units.subList(0, Math.min(at[i], units.size())))) {
                    found[i]++;
                }
            }
        }
        for (int i = 0; i < found.length; i++) {
            found[i] = checked.isEmpty() ? 0 : found[i] / checked.size();
        }
        return found;
    }
}
