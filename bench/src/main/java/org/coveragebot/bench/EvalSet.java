package org.coveragebot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * A public eval set as shared/eval lays it out: {@code articles/} (the coverage) and {@code cases.json}
 * (questions with expectations), scored by {@code score.py} one folder up.
 */
public record EvalSet(String name, Path folder, List<EvalCase> cases) {

    public EvalSet {
        cases = List.copyOf(cases);
    }

    public Path articles() {
        return folder.resolve("articles");
    }

    public Path casesFile() {
        return folder.resolve("cases.json");
    }

    public long scoredCount() {
        return cases.stream().filter(EvalCase::scored).count();
    }

    /**
     * The parts the set is reported by, each a cases file written under {@code work}: its two halves (cases
     * alternately, so neither is tuned on alone) and, where the set has {@code labels.json}, its questions the
     * articles answer (A) and those they do not (C, D), as {@code split_by_label.py} beside it splits them.
     */
    public Map<String, Path> parts(Path work) throws IOException {
        Map<String, Path> parts = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        JsonNode all = json.readTree(casesFile().toFile());
        for (int half = 0; half < 2; half++) {
            ArrayNode cases = json.createArrayNode();
            for (int i = half; i < all.size(); i += 2) {
                cases.add(all.get(i));
            }
            Path file = work.resolve(name + "-half" + (half + 1) + ".json");
            json.writeValue(file.toFile(), cases);
            parts.put("half " + (half + 1), file);
        }
        Path labels = folder.resolve("labels.json");
        Path splitter = folder.resolveSibling("split_by_label.py");
        if (Files.isRegularFile(labels) && Files.isRegularFile(splitter)) {
            Path prefix = work.resolve(name + "-labelled");
            Process split = new ProcessBuilder("python3", splitter.toString(), casesFile().toString(), labels.toString(),
                    prefix.toString()).redirectErrorStream(true).start();
            String said = new String(split.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            try {
                if (split.waitFor() != 0) {
                    throw new IOException("split_by_label.py failed: " + said);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while splitting " + name, e);
            }
            parts.put("answerable (A)", Path.of(prefix + "-answerable.json"));
            parts.put("unanswerable (C, D)", Path.of(prefix + "-unanswerable.json"));
        }
        return parts;
    }

    public static EvalSet read(Path folder) throws IOException {
        Path cases = folder.resolve("cases.json");
        if (!Files.isRegularFile(cases) || !Files.isDirectory(folder.resolve("articles"))) {
            throw new IOException(folder + " is not an eval set (it needs cases.json and articles/)");
        }
        List<EvalCase> read = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(cases.toFile())) {
            List<List<String>> gold = new ArrayList<>();
            if (c.has("quotes_any")) {
                gold.add(texts(c.get("quotes_any")));
            }
            for (JsonNode item : c.path("quotes_all")) {
                gold.add(item.isArray() ? texts(item) : List.of(item.asText()));
            }
            read.add(new EvalCase(c.path("chat").asText(), c.path("question").asText(),
                    !c.path("unscored").asBoolean(false), gold));
        }
        return new EvalSet(folder.getFileName().toString(), folder, read);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return texts;
    }
}
