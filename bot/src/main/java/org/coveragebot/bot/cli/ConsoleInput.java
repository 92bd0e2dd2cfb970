package org.coveragebot.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Where the console chat reads its lines: a terminal with line editing and history (JLine: arrows,
 * Ctrl-R, Ctrl-D to leave), or plain lines from a pipe or file.
 */
public interface ConsoleInput {

    /** The next line, or empty at the end of input. */
    Optional<String> readLine(String prompt);

    /** Lines edited at a terminal; the history lives as long as the chat. */
    static ConsoleInput of(Terminal terminal) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("coverage-bot").build();
        return prompt -> {
            try {
                return Optional.of(reader.readLine(prompt));
            } catch (EndOfFileException | UserInterruptException e) {
                return Optional.empty();
            }
        };
    }

    /** Plain lines (a pipe, a file): no editing, and the prompt shown only where someone may be typing. */
    static ConsoleInput of(BufferedReader in, PrintStream promptTo) {
        return prompt -> {
            promptTo.print(prompt);
            promptTo.flush();
            try {
                return Optional.ofNullable(in.readLine());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the console", e);
            }
        };
    }
}
