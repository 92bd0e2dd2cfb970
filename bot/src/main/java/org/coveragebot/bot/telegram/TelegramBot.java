package org.coveragebot.bot.telegram;

import org.coveragebot.bot.concurrent.DaemonThreads;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.coveragebot.bot.admin.AnswerStats;
import org.coveragebot.bot.admin.CoverageReloads;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.conversation.ConversationMemory;
import org.coveragebot.bot.conversation.ConversationalAnswerer;
import org.coveragebot.retrieval.Coverage;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-polling Telegram bot: asks the server who it is, registers its commands, then polls and
 * hands updates to the {@link UpdateHandler} through a {@link ChatOrderedConsumer}. Works against the
 * public Bot API or any compatible server ({@code TELEGRAM_API_URL}). The token is never logged.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    public static final int POLL_TIMEOUT_SECONDS = 50;
    static final int HANDLER_THREADS = 4;

    private final TelegramBotsLongPollingApplication application;
    private final ChatOrderedConsumer consumer;
    private final ScheduledExecutorService timer;
    private final CoverageReloads reloads;

    private TelegramBot(TelegramBotsLongPollingApplication application, ChatOrderedConsumer consumer,
                        ScheduledExecutorService timer, CoverageReloads reloads) {
        this.application = application;
        this.consumer = consumer;
        this.timer = timer;
        this.reloads = reloads;
    }

    /** Connects, registers the commands (the admin ones in the admins' chats only) and starts polling. */
    public static TelegramBot start(TelegramSettings settings, Coverage coverage, Answerer answerer,
                                    java.util.Optional<org.coveragebot.bot.conversation.QuestionRewriter> rewriter)
            throws TelegramApiException {
        OkHttpTelegramClient client = new OkHttpTelegramClient(settings.token(), settings.url());
        User me = client.execute(new GetMe());
        BotIdentity identity = new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
        List<BotCommand> everyone = List.of(
                new BotCommand("help", "How to ask, with examples"),
                new BotCommand("ask", "Ask a question (in groups: /ask@" + identity.username() + " …)"),
                new BotCommand("sources", "The articles behind the last answer"),
                new BotCommand("new", "Forget this conversation"),
                new BotCommand("start", "What this bot does and what it has read"));
        client.execute(SetMyCommands.builder().commands(everyone).build());
        List<BotCommand> forAdmins = new java.util.ArrayList<>(everyone);
        forAdmins.add(new BotCommand("reload", "Re-read the article folder"));
        forAdmins.add(new BotCommand("stats", "Coverage, index and answer statistics"));
        for (long admin : settings.admins()) {
            client.execute(SetMyCommands.builder().commands(forAdmins)
                    .scope(new BotCommandScopeChat(Long.toString(admin))).build());
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("typing"));
        Messenger messenger = new TelegramMessenger(client, settings.token(), settings.url());
        AnswerStats stats = new AnswerStats(answerer);
        CoverageReloads reloads = new CoverageReloads(coverage, java.time.Clock.systemUTC());
        AdminDesk admin = new AdminDesk(settings.admins(), coverage, reloads, stats, messenger);
        ConversationalAnswerer conversations = new ConversationalAnswerer(stats, coverage, new ConversationMemory(
                settings.conversationExpiry(), ConversationMemory.DEFAULT_MAX_CONVERSATIONS, java.time.Clock.systemUTC()),
                rewriter);
        UpdateHandler handler = new UpdateHandler(conversations, messenger, identity, coverage::summary,
                settings.questionsPerMinute(), timer, admin);
        ChatOrderedConsumer consumer = new ChatOrderedConsumer(handler::handle, new UpdateLedger(settings.ledgerFile()),
                HANDLER_THREADS);
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
        application.registerBot(settings.token(), settings::url, offset -> GetUpdates.builder()
                .offset(consumer.offset(offset)).timeout(settings.pollTimeoutSeconds())
                .allowedUpdates(List.of("message", "callback_query")).build(), consumer);
        log.info("Telegram bot @{} is polling {}://{}:{}", identity.username(), settings.url().getSchema(),
                settings.url().getHost(), settings.url().getPort());
        return new TelegramBot(application, consumer, timer, reloads);
    }

    /** The Bot API server: {@code TELEGRAM_API_URL} (e.g. http://127.0.0.1:8081) or the public one. */
    public static TelegramUrl url(String apiUrl) {
        if (apiUrl == null || apiUrl.isBlank()) {
            return TelegramUrl.DEFAULT_URL;
        }
        URI uri = URI.create(apiUrl.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must look like http://host:port, was " + apiUrl);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    @Override
    public void close() {
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Stopping the long polling failed", e);
        }
        consumer.close();
        timer.shutdownNow();
        reloads.close();
    }
}
