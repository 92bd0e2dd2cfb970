package org.coveragebot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the eval sets' own scorer ({@code score.py}) on a file of {@code ask --json} answers. */
final class Scorer {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+)/(\\d+) cases pass \\(\\d+%\\), (\\d+)/(\\d+) answers break the contract");

    /** What score.py's last line says. */
    record Score(int passed, int scored, int contractBreaks, int answers) {

        double share() {
            return scored == 0 ? 0 : (double) passed / scored;
        }
    }

    private final Path script;

    Scorer(Path script) {
        this.script = script;
    }

    /** The chat rule: quotes count up to 400 characters, an answer's quotes add up to at most 1,500. */
    Score chatRule(EvalSet set, Path answers) throws IOException {
        return run(set, answers, List.of());
    }

    /** Quote limits lifted: what the quotes hold at any length (retrieval recall of whole answers). */
    Score limitsRaised(EvalSet set, Path answers) throws IOException {
        return run(set, answers, List.of("--max-quote", "1000000", "--max-total", "1000000"));
    }

    /**
     * The chat rule on a part of the set: the cases of {@code part} (a cases file of the same form), with their
     * answers taken from {@code answers} by chat (the scorer pairs cases and answers line by line).
     */
    Score chatRule(EvalSet set, Path answers, Path part) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> byChat = new HashMap<>();
        for (String line : Files.readAllLines(answers, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                byChat.put(json.readTree(line).path("chat").asText(), line);
            }
        }
        StringBuilder ordered = new StringBuilder();
        for (JsonNode c : json.readTree(part.toFile())) {
            ordered.append(byChat.getOrDefault(c.path("chat").asText(), "{}")).append('\n');
        }
        Path partAnswers = Path.of(part + ".answers.jsonl");
        Files.writeString(partAnswers, ordered, StandardCharsets.UTF_8);
        return run(part, set.articles(), partAnswers, List.of());
    }

    private Score run(EvalSet set, Path answers, List<String> limits) throws IOException {
        return run(set.casesFile(), set.articles(), answers, limits);
    }

    private Score run(Path cases, Path articles, Path answers, List<String> limits) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), cases.toString(),
                answers.toString(), articles.toString(), "--min-pass", "0"));
        command.addAll(limits);
        Process score = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!score.waitFor(5, TimeUnit.MINUTES)) {
                score.destroyForcibly();
                throw new IOException("score.py did not finish in 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while scoring", e);
        }
        Matcher summary = SUMMARY.matcher(report.substring(report.lastIndexOf('\n') + 1));
        if (!summary.find()) {
            throw new IOException("score.py said no summary for " + answers + ":\n" + report);
        }
        return new Score(Integer.parseInt(summary.group(1)), Integer.parseInt(summary.group(2)),
                Integer.parseInt(summary.group(3)), Integer.parseInt(summary.group(4)));
    }
}
