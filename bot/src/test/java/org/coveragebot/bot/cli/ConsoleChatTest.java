package org.coveragebot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.Statement;
import org.coveragebot.bot.conversation.ChatAnswerer;
import org.coveragebot.bot.conversation.ChatCommands;
import org.coveragebot.retrieval.CoverageSummary;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {

    /** Records what it is asked; answers every question with one cited quote. */
    static final class RecordingChat implements ChatAnswerer {
        final List<String> asked = new ArrayList<>();
        Answer last;

        @Override
        public Answer answer(String conversation, String message) {
            asked.add(message);
            Citation citation = new Citation(1, "a.txt", "Wire", "Bridge opens", "2024-05-01", "https://x.test/a",
                    "The bridge opens in May.", 0, 24, null);
            last = new Answer(AnswerStatus.ANSWERED, "", List.of(Statement.of(new Statement.Quote(1))), List.of(citation),
                    List.of(), null);
            return last;
        }

        @Override
        public void forget(String conversation) {
            last = null;
        }

        @Override
        public Optional<Answer> lastAnswer(String conversation) {
            return Optional.ofNullable(last);
        }
    }

    private static String chat(RecordingChat answerer, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        new ConsoleChat(answerer, () -> new CoverageSummary(2, 9, List.of("Wire"), Optional.empty(), Optional.empty()))
                .run(ConsoleInput.of(new BufferedReader(new StringReader(input)), print), print, "hello");
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_treat_the_chat_commands_as_in_telegram_and_never_as_questions() {
        RecordingChat answerer = new RecordingChat();
        String shown = chat(answerer, "/start\n/help\n/sources\nWhen does the bridge open?\n/sources\n/new\n/sources\n/frobnicate\n");
        assertEquals(List.of("When does the bridge open?"), answerer.asked);
        assertTrue(shown.contains("Loaded: 2 articles from Wire"), shown);
        assertTrue(shown.contains(ChatCommands.HELP), shown);
        assertTrue(shown.contains(ChatCommands.NO_SOURCES), shown);
        assertTrue(shown.contains("Sources\n[1] Wire, \u201cBridge opens\u201d, 2024-05-01 https://x.test/a"), shown);
        assertTrue(shown.contains(ChatCommands.AFRESH), shown);
        assertTrue(shown.contains(ChatCommands.UNKNOWN), shown);
        assertEquals(2, shown.split(ChatCommands.NO_SOURCES, -1).length - 1, "after /new there are no sources again");
    }

    @Test
    void should_edit_lines_and_recall_the_last_question_with_the_up_arrow() throws Exception {
        RecordingChat answerer = new RecordingChat();
        // the Up arrow as an xterm in keypad mode sends it (JLine switches the terminal to that mode)
        byte[] keys = "When does the bridge opem\u007fn?\r\u001bOA\r".getBytes(StandardCharsets.UTF_8);
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream typed = new PipedInputStream(keyboard);
        Thread typist = new Thread(() -> {
            try {
                keyboard.write(keys);
                keyboard.flush();
                for (int wait = 0; wait < 100 && answerer.asked.size() < 2; wait++) {
                    Thread.sleep(50);
                }
                keyboard.close(); // Ctrl-D: the chat ends
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        typist.start();
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm").encoding(StandardCharsets.UTF_8)
                .streams(typed, new ByteArrayOutputStream()).build()) {
            PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            new ConsoleChat(answerer, () -> new CoverageSummary(0, 0, List.of(), Optional.empty(), Optional.empty()))
                    .run(ConsoleInput.of(terminal), out, "hello");
        }
        typist.join();
        assertEquals(List.of("When does the bridge open?", "When does the bridge open?"), answerer.asked,
                "backspace edits the line; the Up arrow brings the question back instead of being sent as text");
    }
}
