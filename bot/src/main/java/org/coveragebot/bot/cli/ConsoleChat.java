package org.coveragebot.bot.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.PlainTextAnswer;
import org.coveragebot.bot.conversation.ChatAnswerer;
import org.coveragebot.bot.conversation.ChatCommands;
import org.coveragebot.retrieval.CoverageSummary;

/**
 * {@code ask}: a chat in the terminal, one conversation, the same answers and commands as the Telegram
 * bot ({@code /start}, {@code /help}, {@code /sources}, {@code /new}; {@code /quit} leaves). A command is
 * never taken as a question.
 */
public final class ConsoleChat {

    static final String CONVERSATION = "console";

    private final ChatAnswerer answerer;
    private final Supplier<CoverageSummary> coverage;

    public ConsoleChat(ChatAnswerer answerer, Supplier<CoverageSummary> coverage) {
        this.answerer = answerer;
        this.coverage = coverage;
    }

    public void run(ConsoleInput in, PrintStream out, String greeting) {
        out.println(greeting);
        out.println("Ask a question about the coverage; follow-ups work too. /help shows the commands, /quit leaves.");
        while (true) {
            Optional<String> read = in.readLine("> ");
            if (read.isEmpty()) {
                return;
            }
            String line = read.get().strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<String> command = ChatCommands.command(line).map(c -> c.toLowerCase(Locale.ROOT));
            if (command.isPresent() && (command.get().equals("/quit") || command.get().equals("/exit"))) {
                return;
            }
            String reply = command.isPresent() ? command(command.get(), line) : answer(line);
            out.println(reply);
            out.println();
        }
    }

    private String command(String command, String line) {
        return switch (command) {
            case "/start" -> ChatCommands.introduction(coverage.get());
            case "/help" -> ChatCommands.HELP;
            case "/sources" -> ChatCommands.sources(answerer.lastAnswer(CONVERSATION));
            case "/new" -> {
                answerer.forget(CONVERSATION);
                yield ChatCommands.AFRESH;
            }
            case "/ask" -> {
                String question = line.substring(command.length()).strip();
                yield question.isEmpty() ? "Write your question after /ask, for example: /ask How much aid did Biden announce?"
                        : answer(question);
            }
            default -> ChatCommands.UNKNOWN;
        };
    }

    private String answer(String question) {
        Answer answer = answerer.answer(CONVERSATION, question);
        return PlainTextAnswer.render(answer);
    }
}
