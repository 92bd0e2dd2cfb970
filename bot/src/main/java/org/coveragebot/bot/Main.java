package org.coveragebot.bot;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.bench.BenchmarkRun;
import org.coveragebot.bot.llm.LlmMode;
import org.coveragebot.bot.llm.PromptTemplates;
import org.coveragebot.bot.cli.BatchAsk;
import org.coveragebot.bot.cli.CommandLine;
import org.coveragebot.bot.cli.ConsoleChat;
import org.coveragebot.bot.cli.StderrProgress;
import org.coveragebot.bot.config.BotConfig;
import org.coveragebot.bot.conversation.ConversationMemory;
import org.coveragebot.bot.conversation.ConversationalAnswerer;
import org.coveragebot.bot.telegram.TelegramBot;
import org.coveragebot.bot.telegram.TelegramSettings;
import java.util.concurrent.CountDownLatch;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.index.MiniLmEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the objects by hand and runs the chosen command. */
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        CommandLine commandLine;
        BotConfig config;
        PromptTemplates prompts;
        try {
            commandLine = CommandLine.parse(args);
            if (commandLine.has("help")) {
                stdout.print(CommandLine.usage());
                return 0;
            }
            Path configFile = Path.of(commandLine.options().getOrDefault("config", BotConfig.DEFAULT_CONFIG_FILE));
            if (commandLine.options().containsKey("config") && !configFile.toFile().isFile()) {
                throw new IllegalArgumentException("config file " + configFile + " does not exist");
            }
            config = BotConfig.load(configFile, System.getenv(), commandLine.settings());
            prompts = config.llm().isPresent() ? PromptTemplates.load(config.prompts()) : null;
            if (!config.articles().toFile().isDirectory()) {
                throw new IllegalArgumentException("article folder " + config.articles().toAbsolutePath()
                        + " does not exist (set --articles, COVERAGE_ARTICLES or 'articles' in the config file)");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("coverage-bot: " + e.getMessage());
            System.err.print(CommandLine.usage());
            return 2;
        }
        if (commandLine.command().equals("bench")) {
            return bench(config, commandLine, String.join(" ", args), stdout);
        }
        try (MiniLmEmbedder embedder = new MiniLmEmbedder();
             Coverage coverage = Coverage.open(config.articles(), config.index(), embedder,
                     new StderrProgress(System.err))) {
            IndexUpdateReport report = coverage.lastUpdate();
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            Answerer extractive = config.llm().isPresent()
                    ? LlmMode.answerer(config.llm().get(), prompts, coverage)
                    : new ExtractiveAnswerer(coverage);
            ConversationalAnswerer answerer = new ConversationalAnswerer(extractive, coverage, new ConversationMemory(
                    config.conversationExpiry(), ConversationMemory.DEFAULT_MAX_CONVERSATIONS, java.time.Clock.systemUTC()),
                    config.llm().map(llm -> LlmMode.rewriter(llm, prompts)));
            switch (commandLine.command()) {
                case "index" -> stdout.println(report);
                case "ask" -> {
                    if (commandLine.has("json")) {
                        new BatchAsk(answerer).run(stdin, stdout);
                    } else {
                        new ConsoleChat(answerer).run(stdin, stdout, greeting(report));
                    }
                }
                default -> {
                    if (config.telegramToken().isPresent()) {
                        runTelegram(config, extractive, coverage, config.llm().map(llm -> LlmMode.rewriter(llm, prompts)));
                    } else {
                        new ConsoleChat(answerer).run(stdin, stdout, greeting(report));
                    }
                }
            }
            return 0;
        } catch (Exception e) {
            log.error("coverage-bot failed", e);
            System.err.println("coverage-bot: " + e.getMessage());
            return 1;
        }
    }

    /** Serves Telegram until the process is told to stop (SIGTERM, Ctrl-C), then shuts down cleanly. */
    private static void runTelegram(BotConfig config, Answerer answerer, Coverage coverage,
                                    java.util.Optional<org.coveragebot.bot.conversation.QuestionRewriter> rewriter) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        TelegramSettings settings = new TelegramSettings(config.telegramToken().orElseThrow(),
                TelegramBot.url(config.telegramApiUrl().orElse(null)), TelegramBot.POLL_TIMEOUT_SECONDS,
                config.questionsPerMinute(), config.index().resolve("telegram-updates"), config.admins(),
                config.conversationExpiry());
        try (TelegramBot bot = TelegramBot.start(settings, coverage, answerer, rewriter)) {
            Thread main = Thread.currentThread();
            CountDownLatch closed = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                try {
                    closed.await(15, java.util.concurrent.TimeUnit.SECONDS); // let main close the bot and the index
                } catch (InterruptedException e) {
                    main.interrupt();
                }
            }, "shutdown"));
            stopped.await();
            log.info("Stopping the Telegram bot");
            bot.close();
            closed.countDown();
        }
    }

    private static int bench(BotConfig config, CommandLine commandLine, String arguments, PrintStream stdout) {
        Path work = null;
        try {
            work = java.nio.file.Files.createTempDirectory("coverage-bench");
            int copies = Integer.parseInt(commandLine.options().getOrDefault("copies",
                    commandLine.options().containsKey("eval") ? "5" : "1"));
            int questions = Integer.parseInt(commandLine.options().getOrDefault("questions", "500"));
            String command = "java " + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getInputArguments().stream().filter(option -> option.startsWith("-Xm")).toList())
                    + " -jar bot/target/coverage-bot.jar " + arguments;
            BenchmarkRun run = new BenchmarkRun(stdout, System.err);
            if (commandLine.options().containsKey("eval")) {
                run.all(Path.of(commandLine.options().get("eval")), work, copies, questions, command);
            } else {
                run.speed(config.articles(), work, copies, questions, command);
            }
            return 0;
        } catch (Exception e) {
            log.error("The benchmark failed", e);
            System.err.println("coverage-bot: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(work);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = java.nio.file.Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (java.io.IOException e) {
            log.warn("Could not delete {}", folder);
        }
    }

    private static String greeting(IndexUpdateReport report) {
        return "coverage-bot: " + report.articles() + " articles loaded"
                + (report.skipped().isEmpty() ? "" : ", " + report.skipped().size() + " files skipped") + ".";
    }
}
