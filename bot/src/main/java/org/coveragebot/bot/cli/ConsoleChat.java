package org.coveragebot.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.Answerer;

/** {@code ask}: a chat in the terminal, one conversation, the same answers the Telegram bot gives. */
public final class ConsoleChat {

    private final Answerer answerer;

    public ConsoleChat(Answerer answerer) {
        this.answerer = answerer;
    }

    public void run(BufferedReader in, PrintStream out, String greeting) throws IOException {
        out.println(greeting);
        out.println("Ask a question about the coverage; /quit to leave.");
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("/quit") || line.strip().equals("/exit")) {
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            Answer answer = answerer.answer(line);
            out.println(answer.text());
            out.println();
        }
    }
}
