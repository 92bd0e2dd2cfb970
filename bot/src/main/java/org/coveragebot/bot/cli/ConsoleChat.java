package org.coveragebot.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.conversation.ChatAnswerer;

/** {@code ask}: a chat in the terminal, one conversation, the same answers the Telegram bot gives. */
public final class ConsoleChat {

    private static final String CONVERSATION = "console";

    private final ChatAnswerer answerer;

    public ConsoleChat(ChatAnswerer answerer) {
        this.answerer = answerer;
    }

    public void run(BufferedReader in, PrintStream out, String greeting) throws IOException {
        out.println(greeting);
        out.println("Ask a question about the coverage; follow-ups work too. /new starts afresh, /quit leaves.");
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
            if (line.strip().equals("/new")) {
                answerer.forget(CONVERSATION);
                out.println("Starting afresh.");
                continue;
            }
            Answer answer = answerer.answer(CONVERSATION, line);
            out.println(answer.text());
            out.println();
        }
    }
}
