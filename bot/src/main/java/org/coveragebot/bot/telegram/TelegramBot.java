package org.coveragebot.bot.telegram;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.retrieval.CoverageSummary;
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

    private TelegramBot(TelegramBotsLongPollingApplication application, ChatOrderedConsumer consumer,
                        ScheduledExecutorService timer) {
        this.application = application;
        this.consumer = consumer;
        this.timer = timer;
    }

    /**
     * Connects, registers the commands and starts polling.
     *
     * @param coverage what is loaded, for /start
     * @param questionsPerMinute the per-user question limit
     * @param ledgerFile where the ids of handled, not yet confirmed updates are kept across restarts
     */
    public static TelegramBot start(String token, TelegramUrl url, Answerer answerer, Supplier<CoverageSummary> coverage,
                                    int pollTimeoutSeconds, int questionsPerMinute, Path ledgerFile)
            throws TelegramApiException {
        OkHttpTelegramClient client = new OkHttpTelegramClient(token, url);
        User me = client.execute(new GetMe());
        BotIdentity identity = new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
        client.execute(SetMyCommands.builder().commands(List.of(
                new BotCommand("help", "How to ask, with examples"),
                new BotCommand("ask", "Ask a question (in groups: /ask@" + identity.username() + " …)"),
                new BotCommand("new", "Forget this conversation"),
                new BotCommand("start", "What this bot does"))).build());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "typing");
            thread.setDaemon(true);
            return thread;
        });
        UpdateHandler handler = new UpdateHandler(answerer, new TelegramMessenger(client), identity, coverage,
                questionsPerMinute, timer);
        ChatOrderedConsumer consumer = new ChatOrderedConsumer(handler::handle, new UpdateLedger(ledgerFile), HANDLER_THREADS);
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
        application.registerBot(token, () -> url, offset -> GetUpdates.builder().offset(consumer.offset(offset))
                .timeout(pollTimeoutSeconds).allowedUpdates(List.of("message", "callback_query")).build(), consumer);
        log.info("Telegram bot @{} is polling {}://{}:{}", identity.username(), url.getSchema(), url.getHost(), url.getPort());
        return new TelegramBot(application, consumer, timer);
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
    }
}
