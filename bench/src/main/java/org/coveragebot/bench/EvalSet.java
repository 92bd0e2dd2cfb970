package org.coveragebot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
