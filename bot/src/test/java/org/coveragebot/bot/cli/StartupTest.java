package org.coveragebot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as a user meets it: help, bad settings stopped before any work, reports said once. */
class StartupTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-h", "help", "--help"})
    void should_print_the_usage_and_exit_0_when_asked_for_help(String flag) throws Exception {
        CommandRun run = CommandRun.of(work, Map.of(), "", flag);
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stdout().startsWith("usage: java -jar coverage-bot.jar"), run.stdout());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "llm.temperature | warm | llm.temperature",
        "conversation.expiry.minutes | 0 | conversation.expiry.minutes",
        "telegram.questions.per.minute | lots | telegram.questions.per.minute",
        "llm.timeout.seconds | -3 | llm.timeout.seconds"})
    void should_stop_on_a_bad_file_setting_before_any_work_naming_it(String key, String value, String named) throws Exception {
        Path config = work.resolve("bot.properties");
        Files.writeString(config, "llm.provider = openai\nllm.base.url = http://127.0.0.1:1/v1\nllm.model = m\n"
                + key + " = " + value + "\n");
        Path index = work.resolve("index");
        CommandRun run = CommandRun.of(work, Map.of(), "", "index", "--config", config.toString(),
                "--articles", TestCoverage.SAMPLE.toString(), "--index", index.toString());
        assertEquals(2, run.exit());
        assertTrue(run.stderr().startsWith("coverage-bot: " + named), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "no stack trace: " + run.stderr());
        assertFalse(Files.exists(index), "nothing was indexed");
    }

    @Test
    void should_refuse_an_unknown_log_level_naming_the_variable() throws Exception {
        CommandRun run = CommandRun.of(work, Map.of("COVERAGE_LOG_LEVEL", "LOUD"), "", "index",
                "--articles", TestCoverage.SAMPLE.toString(), "--index", work.resolve("index").toString());
        assertEquals(2, run.exit());
        assertTrue(run.stderr().startsWith("coverage-bot: COVERAGE_LOG_LEVEL must be one of"), run.stderr());
    }

    @Test
    void should_print_the_index_report_once_and_name_the_skipped_files_on_stdout() throws Exception {
        Path articles = Files.createDirectories(work.resolve("articles"));
        Files.writeString(articles.resolve("good.txt"), "The council approved the new bridge on Monday, the mayor said.\n");
        Files.write(articles.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(articles.resolve("notes.pdf"), "not an article");
        CommandRun run = CommandRun.of(work, Map.of(), "", "index", "--articles", articles.toString(),
                "--index", work.resolve("index").toString());
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(1, run.stdout().split("articles \\(").length - 1, "one report: " + run.stdout());
        assertTrue(run.stdout().contains("1 articles (1 added"), run.stdout());
        assertTrue(run.stdout().contains("skipped broken.txt: ") && run.stdout().contains("skipped notes.pdf: "), run.stdout());
        assertFalse(run.stderr().contains("1 articles (1 added") || run.stderr().contains("broken.txt"),
                "the report is not said again on stderr: " + run.stderr());
    }

    @Test
    void should_index_an_empty_folder_and_exit_cleanly() throws Exception {
        Path empty = Files.createDirectories(work.resolve("empty"));
        CommandRun run = CommandRun.of(work, Map.of(), "", "index", "--articles", empty.toString(),
                "--index", work.resolve("index").toString());
        assertEquals(0, run.exit(), run.stderr());
        try (var left = Files.list(work)) {
            assertTrue(left.noneMatch(file -> file.getFileName().toString().startsWith("hs_err")), "no JVM crash report");
        }
    }

    @Test
    void should_say_in_one_line_that_the_bot_api_cannot_be_reached() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CommandRun run = CommandRun.of(work, Map.of("TELEGRAM_BOT_TOKEN", "123:secret-token",
                "TELEGRAM_API_URL", "http://127.0.0.1:" + closedPort), "", "--articles", TestCoverage.SAMPLE.toString(),
                "--index", work.resolve("index").toString());
        assertEquals(1, run.exit());
        assertTrue(run.stderr().contains("coverage-bot: the Bot API cannot be reached at http://127.0.0.1:" + closedPort),
                run.stderr());
        assertFalse(run.stderr().contains("\tat "), "no stack trace: " + run.stderr());
        assertFalse(run.stderr().contains("secret-token"), "the token is never printed");
    }
}
