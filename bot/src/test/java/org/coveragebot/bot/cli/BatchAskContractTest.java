package org.coveragebot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ask --json} over the sample articles, checked against shared/contract/README.md. */
class BatchAskContractTest {

    static final Path SAMPLE = TestCoverage.SAMPLE;
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> KEYS = Set.of("chat", "question", "status", "answer", "citations", "disagreements", "error");

    static Coverage coverage;
    static BatchAsk batch;

    @BeforeAll
    static void open() {
        coverage = TestCoverage.sample();
        batch = new BatchAsk(new org.coveragebot.bot.conversation.ConversationalAnswerer(new ExtractiveAnswerer(coverage), coverage,
                new org.coveragebot.bot.conversation.ConversationMemory(java.time.Duration.ofMinutes(30), 1000, java.time.Clock.systemUTC())));
    }

    static List<JsonNode> ask(String... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        batch.run(new BufferedReader(new StringReader(String.join("\n", lines))),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        List<JsonNode> answers = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            answers.add(JSON.readTree(line));
        }
        return answers;
    }

    static String question(String chat, String question) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("chat", chat).put("question", question));
    }

    /** Every rule of the contract that one answer must keep, checked against the files on disk. */
    static void assertKeepsTheContract(JsonNode answer) throws IOException {
        Set<String> keys = new HashSet<>();
        answer.fieldNames().forEachRemaining(keys::add);
        assertEquals(KEYS, keys, answer.toString());
        String text = answer.get("answer").asText();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode citation : answer.get("citations")) {
            int id = citation.get("id").asInt();
            ids.add(id);
            String article = Files.readString(SAMPLE.resolve(citation.get("article").asText()), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n");
            String quote = citation.get("quote").asText();
            assertEquals(quote, article.substring(citation.get("start").asInt(), citation.get("end").asInt()));
            assertTrue(text.contains("[" + id + "]"), "citation " + id + " is referenced in " + text);
        }
        Matcher reference = Pattern.compile("\\[(\\d+)]").matcher(text);
        while (reference.find()) {
            assertTrue(ids.contains(Integer.parseInt(reference.group(1))), "[" + reference.group(1) + "] has a citation");
        }
        for (JsonNode disagreement : answer.get("disagreements")) {
            Set<String> articles = new HashSet<>();
            Set<String> values = new HashSet<>();
            for (JsonNode claim : disagreement.get("claims")) {
                values.add(claim.get("value").asText());
                for (JsonNode citation : answer.get("citations")) {
                    if (citation.get("id").asInt() == claim.get("citation").asInt()) {
                        articles.add(citation.get("article").asText());
                    }
                }
            }
            assertTrue(articles.size() >= 2 && values.size() >= 2, disagreement.toString());
        }
    }

    @Test
    void should_answer_the_aid_question_with_both_figures_and_one_disagreement() throws IOException {
        JsonNode answer = ask(question("c1", "How much aid did Biden announce?")).get(0);
        assertKeepsTheContract(answer);
        assertEquals("answered", answer.get("status").asText());
        assertEquals(1, answer.get("disagreements").size());
        String text = answer.get("answer").asText();
        assertTrue(text.contains("$375 million") && text.contains("$357 million"), text);
        assertTrue(text.contains("Sources disagree"), text);
    }

    @Test
    void should_write_one_answer_per_line_in_order_and_reject_bad_lines_without_stopping() throws IOException {
        List<JsonNode> answers = ask(question("a", "What did Zelensky say about Bakhmut?"), "not json at all",
                "{\"chat\": \"b\"}", "[1, 2]", question("c", ""), "", question("d", "What is the capital of Australia?"),
                question("e", "Bakhmut AND (("));
        assertEquals(8, answers.size(), "one line out for every line in, the blank one too");
        assertEquals(List.of("answered", "rejected", "rejected", "rejected", "rejected", "rejected", "not_found", "answered"),
                answers.stream().map(a -> a.get("status").asText()).toList());
        assertEquals("b", answers.get(2).get("chat").asText());
        assertTrue(answers.get(1).get("error").asText().contains("not valid JSON"));
        assertTrue(answers.get(5).get("error").asText().contains("line 6 is empty"), answers.get(5).toString());
        assertTrue(answers.get(6).get("answer").asText().contains("don't say"));
        for (JsonNode answer : answers) {
            assertKeepsTheContract(answer);
        }
    }

    @Test
    void should_keep_the_offset_law_for_every_citation_over_many_questions() throws IOException {
        // questions made from word windows of the articles themselves, plus hostile and odd ones
        Random random = new Random(20231121);
        List<String> words = new ArrayList<>();
        for (Path file : Files.list(SAMPLE).sorted().toList()) {
            words.addAll(List.of(Files.readString(file).split("\\s+")));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int from = random.nextInt(words.size() - 12);
            String window = String.join(" ", words.subList(from, from + 3 + random.nextInt(9)));
            String prefix = List.of("", "Who ", "What ", "How much ", "When ", "Why did ").get(random.nextInt(6));
            lines.add(question("p" + i, prefix + window + (random.nextBoolean() ? "?" : "")));
        }
        for (String odd : List.of("\u0000\u0001", "<b>Bakhmut</b> & aid", "\u202eaid\u202c", "\ud83d\ude80 Bakhmut",
                "Zelenskyy Zelensky Zelenskyi", "$375 million", "“only in our hearts”")) {
            lines.add(question("odd", odd));
        }
        int answered = 0;
        for (JsonNode answer : ask(lines.toArray(String[]::new))) {
            assertKeepsTheContract(answer);
            assertNotEquals("", answer.get("answer").asText());
            answered += answer.get("status").asText().equals("answered") ? 1 : 0;
        }
        assertTrue(answered > 60, "most questions made of article text find quotes, got " + answered);
    }
}
