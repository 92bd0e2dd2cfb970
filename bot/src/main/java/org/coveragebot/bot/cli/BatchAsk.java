package org.coveragebot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.conversation.ChatAnswerer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ask --json}: one JSON question a line in, one JSON answer a line out, in order (a blank or broken
 * line gets a {@code rejected} answer, so line numbers stay right). Lines with the
 * same {@code chat} are one conversation, so follow-ups resolve as in a Telegram chat. A bad line
 * gets a {@code rejected} answer and the batch goes on; a question that fails inside the engine gets
 * one too, with the reason, so one line never costs the others.
 */
public final class BatchAsk {

    private static final Logger log = LoggerFactory.getLogger(BatchAsk.class);

    private final ChatAnswerer answerer;
    private final ObjectMapper json = new ObjectMapper();
    private final AnswerJson out = new AnswerJson(json);

    public BatchAsk(ChatAnswerer answerer) {
        this.answerer = answerer;
    }

    /** Answers every line of {@code in}, one output line for each, a blank one included; returns how many. */
    public int run(BufferedReader in, PrintStream stdout) throws IOException {
        int lines = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            stdout.println(answerLine(line, lines));
            stdout.flush();
        }
        return lines;
    }

    String answerLine(String line, int lineNo) {
        if (line.isBlank()) {
            return rejected("", null, "line " + lineNo + " is empty");
        }
        JsonNode request;
        try {
            request = json.readTree(line);
        } catch (IOException e) {
            return rejected("", null, "line " + lineNo + " is not valid JSON");
        }
        if (request == null || !request.isObject()) {
            return rejected("", null, "line " + lineNo + " is not a JSON object");
        }
        JsonNode chatNode = request.get("chat");
        String chat = chatNode == null || chatNode.isNull() ? "" : chatNode.isTextual() ? chatNode.asText() : chatNode.toString();
        JsonNode questionNode = request.get("question");
        if (questionNode == null || !questionNode.isTextual()) {
            return rejected(chat, null, "line " + lineNo + " has no \"question\" string");
        }
        String question = questionNode.asText();
        long started = System.nanoTime();
        Answer answer;
        try {
            answer = answerer.answer("json:" + chat, question);
        } catch (RuntimeException e) {
            log.error("Question on line {} failed", lineNo, e);
            return rejected(chat, question, "the question could not be answered: " + e.getMessage());
        }
        log.info("chat={} status={} citations={} ms={}", chat, answer.status().wireName(), answer.citations().size(),
                (System.nanoTime() - started) / 1_000_000);
        return out.line(chat, question, answer);
    }

    private String rejected(String chat, String question, String error) {
        return out.line(chat, question, Answer.rejected("Sorry, I could not read that: " + error + ".", error));
    }
}
