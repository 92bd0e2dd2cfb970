package org.coveragebot.bot.telegram;

import org.coveragebot.bot.DaemonThreads;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.coveragebot.bot.admin.AdminCommands;
import org.coveragebot.bot.conversation.ChatAnswerer;
import org.coveragebot.retrieval.CoverageSummary;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Telegram bot: asks the server who it is, registers its commands, then receives updates — by long
 * polling (the default: one process) or through a webhook (several replicas behind a load balancer) —
 * and hands them to the {@link UpdateHandler} through a {@link ChatOrderedConsumer}. Works against the
 * public Bot API or any compatible server ({@code TELEGRAM_API_URL}). The token is never logged.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    public static final int POLL_TIMEOUT_SECONDS = 50;
    static final int HANDLER_THREADS = 4;
    private static final List<String> UPDATES = List.of("message", "callback_query");

    /** The long-polling application or the webhook server. */
    private final AutoCloseable receiver;
    private final ChatOrderedConsumer consumer;
    private final ScheduledExecutorService timer;

    private TelegramBot(AutoCloseable receiver, ChatOrderedConsumer consumer, ScheduledExecutorService timer) {
        this.receiver = receiver;
        this.consumer = consumer;
        this.timer = timer;
    }

    /**
     * Connects, registers the commands (the admin ones in the admins' chats only), handles what was
     * received before a restart and never handled, and starts polling.
     *
     * @throws TelegramUnavailable when the token is refused or the Bot API cannot be reached, in one line
     */
    public static TelegramBot start(TelegramSettings settings, ChatAnswerer conversations, AdminCommands admin,
                                    Supplier<CoverageSummary> coverage) throws TelegramUnavailable {
        OkHttpTelegramClient client = new OkHttpTelegramClient(settings.token(), settings.url());
        BotIdentity identity = introduce(client, settings);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("typing"));
        UpdateLedger ledger = new UpdateLedger(settings.ledgerFile());
        ChatOrderedConsumer consumer = new ChatOrderedConsumer(
                handler(client, identity, settings, conversations, admin, coverage, timer)::handle, ledger, HANDLER_THREADS);
        handOverdue(consumer, ledger, timer);
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
        try {
            // TelegramBots hands the generator the id of the last update received: the next poll confirms it
            application.registerBot(settings.token(), settings::url, lastReceived -> GetUpdates.builder()
                    .offset(ledger.offset(lastReceived + 1)).timeout(settings.pollTimeoutSeconds())
                    .allowedUpdates(UPDATES).build(), consumer);
        } catch (TelegramApiException e) {
            consumer.close();
            timer.shutdownNow();
            throw TelegramUnavailable.of(e, settings.url());
        }
        log.info("Telegram bot @{} is polling {}://{}:{}", identity.username(), settings.url().getSchema(),
                settings.url().getHost(), settings.url().getPort());
        return new TelegramBot(application, consumer, timer);
    }

    /**
     * As {@link #start}, receiving updates through the webhook instead: listens on the webhook's address,
     * then gives Telegram the public URL and the secret token ({@code setWebhook}; every replica gives the
     * same). {@code claims} decides which replica answers an update.
     *
     * @throws TelegramUnavailable when the token is refused, the Bot API cannot be reached or the address is taken
     */
    public static TelegramBot startWebhook(TelegramSettings settings, WebhookSettings webhook, UpdateClaims claims,
                                           ChatAnswerer conversations, AdminCommands admin,
                                           Supplier<CoverageSummary> coverage) throws TelegramUnavailable {
        OkHttpTelegramClient client = new OkHttpTelegramClient(settings.token(), settings.url());
        BotIdentity identity = introduce(client, settings);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("typing"));
        ChatOrderedConsumer consumer = new ChatOrderedConsumer(
                handler(client, identity, settings, conversations, admin, coverage, timer)::handle, claims, HANDLER_THREADS);
        handOverdue(consumer, claims, timer);
        WebhookServer server;
        try {
            server = WebhookServer.start(webhook, consumer::consume);
        } catch (IOException e) {
            consumer.close();
            timer.shutdownNow();
            throw TelegramUnavailable.cannotListen(webhook, e);
        }
        try {
            client.execute(SetWebhook.builder().url(webhook.url().toString()).secretToken(webhook.secret())
                    .allowedUpdates(UPDATES).build());
        } catch (TelegramApiException e) {
            server.close();
            consumer.close();
            timer.shutdownNow();
            throw TelegramUnavailable.of(e, settings.url());
        }
        log.info("Telegram bot @{} takes updates for {} on {}:{}", identity.username(), webhook.url(), webhook.host(),
                server.port());
        return new TelegramBot(server, consumer, timer);
    }

    /** How often the bot asks its claims for {@link UpdateClaims#overdue()} updates, besides at start. */
    static final java.time.Duration LOOK_EVERY = java.time.Duration.ofSeconds(30);

    /**
     * Handles the updates taken and never answered (before a restart, abandoned for now, or by a replica
     * that stopped): now, and at every look.
     */
    private static void handOverdue(ChatOrderedConsumer consumer, UpdateClaims claims, ScheduledExecutorService timer) {
        consumer.resume(claims.overdue());
        long every = LOOK_EVERY.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                consumer.resume(claims.overdue());
            } catch (RuntimeException e) {
                log.warn("Could not look for updates taken and never answered", e); // the next look tries again
            }
        }, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The port the webhook listens on; -1 when polling. */
    public int webhookPort() {
        return receiver instanceof WebhookServer server ? server.port() : -1;
    }

    /** Who the bot is, and its commands registered. */
    private static BotIdentity introduce(OkHttpTelegramClient client, TelegramSettings settings) throws TelegramUnavailable {
        BotIdentity identity = identify(client, settings.url());
        try {
            registerCommands(client, identity, settings.admins());
        } catch (TelegramApiException e) {
            throw TelegramUnavailable.of(e, settings.url());
        }
        return identity;
    }

    private static UpdateHandler handler(OkHttpTelegramClient client, BotIdentity identity, TelegramSettings settings,
                                         ChatAnswerer conversations, AdminCommands admin,
                                         Supplier<CoverageSummary> coverage, ScheduledExecutorService timer) {
        Messenger messenger = new TelegramMessenger(client, settings.token(), settings.url());
        return new UpdateHandler(conversations, messenger, identity, coverage, settings.questionsPerMinute(), timer,
                new AdminDesk(admin, messenger));
    }

    /** Who the bot is, asked of the server: the first call, so a refused token or an unreachable server shows here. */
    private static BotIdentity identify(OkHttpTelegramClient client, TelegramUrl url) throws TelegramUnavailable {
        try {
            User me = client.execute(new GetMe());
            return new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
        } catch (TelegramApiException e) {
            throw TelegramUnavailable.of(e, url);
        }
    }

    private static void registerCommands(OkHttpTelegramClient client, BotIdentity identity, java.util.Set<Long> admins)
            throws TelegramApiException {
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
        for (long admin : admins) {
            client.execute(SetMyCommands.builder().commands(forAdmins)
                    .scope(new BotCommandScopeChat(Long.toString(admin))).build());
        }
    }

    /** The Bot API server: {@code TELEGRAM_API_URL} (e.g. http://127.0.0.1:8081) or the public one. */
    public static TelegramUrl url(java.util.Optional<URI> apiUrl) {
        if (apiUrl.isEmpty()) {
            return TelegramUrl.DEFAULT_URL;
        }
        URI uri = apiUrl.get();
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    @Override
    public void close() {
        try {
            receiver.close();
        } catch (Exception e) {
            log.warn("Stopping the receiving of updates failed", e);
        }
        consumer.close();
        timer.shutdownNow();
    }
}
