package org.coveragebot.bot.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates, read once at start-up from the prompts folder (operators edit them without
 * rebuilding; the packaged copies stand in for missing files). {@code {{name}}} marks a variable; a
 * template that lacks a required variable fails start-up with a message naming the file and variable.
 */
public record PromptTemplates(String system, String answer, String rewrite) {

    static final Map<String, Set<String>> REQUIRED = Map.of(
            "system.txt", Set.of(),
            "answer.txt", Set.of("passages", "question"),
            "rewrite.txt", Set.of("conversation", "question"));
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    public static PromptTemplates load(Path folder) {
        return new PromptTemplates(read(folder, "system.txt"), read(folder, "answer.txt"), read(folder, "rewrite.txt"));
    }

    private static String read(Path folder, String name) {
        String text;
        try {
            Path file = folder == null ? null : folder.resolve(name);
            if (file != null && Files.isRegularFile(file)) {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } else {
                try (InputStream packaged = PromptTemplates.class.getResourceAsStream("/prompts/" + name)) {
                    if (packaged == null) {
                        throw new IllegalArgumentException("prompt template " + name + " is missing from " + folder);
                    }
                    text = new String(packaged.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read prompt template " + name + ": " + e.getMessage(), e);
        }
        Set<String> present = new java.util.HashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            present.add(m.group(1));
        }
        for (String required : REQUIRED.get(name)) {
            if (!present.contains(required)) {
                throw new IllegalArgumentException("prompt template " + name + " lacks the variable {{" + required + "}}");
            }
        }
        return text;
    }

    /** {@code template} with each {@code {{name}}} replaced by its value. */
    public static String render(String template, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
