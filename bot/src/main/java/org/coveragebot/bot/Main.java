package org.coveragebot.bot;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.coveragebot.bot.admin.AdminCommands;
import org.coveragebot.bot.admin.AnswerStats;
import org.coveragebot.bot.admin.CoverageReloads;
import org.coveragebot.bot.admin.ReloadCounter;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.cli.BatchAsk;
import org.coveragebot.bot.cli.CommandLine;
import org.coveragebot.bot.cli.ConsoleChat;
import org.coveragebot.bot.cli.ConsoleInput;
import org.coveragebot.bot.cli.IndexReport;
import org.coveragebot.bot.cli.StderrProgress;
import org.coveragebot.bot.config.BotConfig;
import org.coveragebot.bot.conversation.ConversationMemory;
import org.coveragebot.bot.conversation.ConversationStore;
import org.coveragebot.bot.conversation.ConversationalAnswerer;
import org.coveragebot.bot.llm.LlmMode;
import org.coveragebot.bot.llm.PromptTemplates;
import org.coveragebot.bot.redis.RedisConnections;
import org.coveragebot.bot.redis.RedisConversationStore;
import org.coveragebot.bot.redis.RedisOutage;
import org.coveragebot.bot.redis.RedisReloadCounter;
import org.coveragebot.bot.redis.RedisUpdateClaims;
import org.coveragebot.bot.telegram.RecentUpdates;
import org.coveragebot.bot.telegram.TelegramBot;
import org.coveragebot.bot.telegram.TelegramSettings;
import org.coveragebot.bot.telegram.TelegramUnavailable;
import org.coveragebot.bot.telegram.UpdateClaims;
import org.coveragebot.bot.telegram.UpdateLedger;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexStore;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.index.LocalIndexStore;
import org.coveragebot.retrieval.index.MiniLmEmbedder;
import org.coveragebot.solr.SolrIndexStore;
import org.jline.terminal.Terminal;
import redis.clients.jedis.RedisClient;
import org.jline.terminal.TerminalBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the command line and the settings (every bad value stops here, before any work), wires each
 * object once, by hand, and runs the chosen command.
 */
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        CommandLine commandLine;
        BotConfig config;
        Optional<PromptTemplates> prompts;
        try {
            commandLine = CommandLine.parse(args);
            if (commandLine.wantsHelp()) {
                stdout.print(CommandLine.usage());
                return 0;
            }
            Path configFile = Path.of(commandLine.options().getOrDefault("config", BotConfig.DEFAULT_CONFIG_FILE));
            if (commandLine.options().containsKey("config") && !configFile.toFile().isFile()) {
                throw new IllegalArgumentException("config file " + configFile + " does not exist");
            }
            config = BotConfig.load(configFile, System.getenv(), commandLine.settings());
            prompts = config.llm().map(llm -> PromptTemplates.load(config.prompts()));
            if (!config.articles().toFile().isDirectory()) {
                throw new IllegalArgumentException("article folder " + config.articles().toAbsolutePath()
                        + " does not exist (set --articles, COVERAGE_ARTICLES or 'articles' in the config file)");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("coverage-bot: " + e.getMessage());
            System.err.print(CommandLine.usage());
            return 2;
        }
        try (MiniLmEmbedder embedder = new MiniLmEmbedder();
             IndexStore store = store(config, embedder);
             Coverage coverage = Coverage.open(config.articles(), store, new StderrProgress(System.err));
             RedisClient redis = config.redis().map(RedisConnections::open).orElse(null)) {
            IndexUpdateReport report = coverage.lastUpdate();
            if (commandLine.command().equals("index")) {
                stdout.print(IndexReport.text(report));
                return 0;
            }
            IndexReport.log(coverage.articleFolder(), report);
            try (LlmMode llm = prompts.map(templates -> new LlmMode(config.llm().orElseThrow(), templates, coverage))
                    .orElse(null)) {
                Answerer answerer = llm != null ? llm.answerer() : new ExtractiveAnswerer(coverage);
                boolean telegram = commandLine.command().equals("bot") && config.telegramToken().isPresent();
                AnswerStats stats = new AnswerStats(answerer);
                RedisOutage outage = redis != null
                        ? new RedisOutage(RedisConnections.describe(config.redis().orElseThrow()), Clock.systemUTC()) : null;
                ConversationStore memory = redis != null
                        ? new RedisConversationStore(redis, config.conversationExpiry(), outage)
                        : new ConversationMemory(config.conversationExpiry(), ConversationMemory.DEFAULT_MAX_CONVERSATIONS,
                                Clock.systemUTC());
                ConversationalAnswerer conversations = new ConversationalAnswerer(telegram ? stats : answerer, coverage,
                        memory, Optional.ofNullable(llm).map(LlmMode::rewriter));
                if (telegram) {
                    UpdateClaims claims = redis != null ? new RedisUpdateClaims(redis, outage, new RecentUpdates()) : null;
                    ReloadCounter reloadCounter = redis != null ? new RedisReloadCounter(redis, outage) : ReloadCounter.NONE;
                    runTelegram(config, coverage, conversations, stats, claims, reloadCounter);
                } else if (commandLine.has("json")) {
                    new BatchAsk(conversations).run(stdin(), stdout);
                } else {
                    chat(new ConsoleChat(conversations, coverage::summary), stdout, report);
                }
            }
            return 0;
        } catch (TelegramUnavailable e) {
            System.err.println("coverage-bot: " + e.getMessage());
            log.debug("Telegram is unavailable", e);
            return 1;
        } catch (IOException e) {
            System.err.println("coverage-bot: " + e.getMessage());
            log.debug("coverage-bot failed", e);
            return 1;
        } catch (RuntimeException e) {
            log.error("coverage-bot failed", e);
            System.err.println("coverage-bot: " + e.getMessage());
            return 1;
        }
    }

    /** The SolrCloud cluster when one is configured, else the index folder on this machine. */
    private static IndexStore store(BotConfig config, MiniLmEmbedder embedder) throws IOException {
        if (config.solr().isEmpty()) {
            return new LocalIndexStore(config.index(), embedder);
        }
        log.info("The coverage is kept in SolrCloud: {}", config.solr().get().describe());
        return SolrIndexStore.connect(config.solr().get(), embedder);
    }

    /**
     * Serves Telegram until the process is told to stop (SIGTERM, Ctrl-C), then shuts down cleanly: by
     * long polling, or through the webhook when one is configured. {@code claims} are the update claims
     * shared with other replicas, or null for this process's own ledger; {@code reloadCounter} tells the
     * replicas of each other's reloads.
     */
    private static void runTelegram(BotConfig config, Coverage coverage, ConversationalAnswerer conversations,
                                    AnswerStats stats, UpdateClaims claims, ReloadCounter reloadCounter)
            throws TelegramUnavailable {
        TelegramSettings settings = new TelegramSettings(config.telegramToken().orElseThrow(),
                TelegramBot.url(config.telegramApiUrl()), TelegramBot.POLL_TIMEOUT_SECONDS, config.questionsPerMinute(),
                config.index().resolve("telegram-updates"), config.admins());
        try (CoverageReloads reloads = new CoverageReloads(coverage, Clock.systemUTC(), reloadCounter,
                CoverageReloads.FOLLOW_EVERY)) {
            AdminCommands admin = new AdminCommands(config.admins(), coverage, reloads, stats);
            try (TelegramBot bot = config.webhook().isPresent()
                    ? TelegramBot.startWebhook(settings, config.webhook().get(),
                            claims != null ? claims : new UpdateLedger(settings.ledgerFile()), conversations, admin,
                            coverage::summary)
                    : TelegramBot.start(settings, conversations, admin, coverage::summary)) {
                awaitShutdown();
                log.info("Stopping the Telegram bot");
            }
        }
    }

    /** Blocks until SIGTERM or Ctrl-C; the hook then waits a little for this thread to close everything. */
    private static void awaitShutdown() {
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            try {
                closed.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                main.interrupt();
            }
        }, "shutdown"));
        try {
            stopping.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
        }
    }

    /** The console chat: line editing and history at a terminal, plain lines from a pipe. */
    private static void chat(ConsoleChat chat, PrintStream stdout, IndexUpdateReport report) throws IOException {
        String greeting = "coverage-bot: " + report.articles() + " articles loaded"
                + (report.skipped().isEmpty() ? "" : ", " + report.skipped().size() + " files skipped") + ".";
        if (System.console() == null) {
            chat.run(ConsoleInput.of(stdin(), stdout), stdout, greeting);
            return;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            chat.run(ConsoleInput.of(terminal), stdout, greeting);
        }
    }

    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
}
