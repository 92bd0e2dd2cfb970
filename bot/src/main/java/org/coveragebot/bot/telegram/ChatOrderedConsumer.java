package org.coveragebot.bot.telegram;

import org.coveragebot.bot.DaemonThreads;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands updates to the handler on its own pool: chats are served concurrently, one chat's updates in
 * order (each chat has a queue: a chain of futures). One failing update is logged and the others go
 * on. Each update is claimed first ({@link UpdateClaims}: the file ledger, or Redis across replicas), so
 * that none is answered twice.
 * The pool is owned here and closed with the bot.
 */
public final class ChatOrderedConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(ChatOrderedConsumer.class);

    private final Predicate<Update> handler;
    private final UpdateClaims ledger;
    private final ExecutorService pool;
    private final ConcurrentHashMap<Long, java.util.concurrent.CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /** @param handler handles an update; false when it should come again (its reply could not be delivered) */
    public ChatOrderedConsumer(Predicate<Update> handler, UpdateClaims ledger, int threads) {
        this.handler = handler;
        this.ledger = ledger;
        this.pool = Executors.newFixedThreadPool(threads, new DaemonThreads("chat"));
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            if (!ledger.accept(update)) {
                log.info("Update {} was received before; not answering it twice", update.getUpdateId());
                continue;
            }
            enqueue(update);
        }
    }

    private void enqueue(Update update) {
        Long chat = UpdateHandler.chatOf(update);
        long key = chat == null ? 0 : chat;
        tails.compute(key, (k, tail) -> (tail == null ? java.util.concurrent.CompletableFuture.<Void>completedFuture(null) : tail)
                .thenRunAsync(() -> safely(update), pool));
        tails.computeIfPresent(key, (k, tail) -> tail.isDone() ? null : tail);
    }

    /** Handles updates taken before and never answered (Telegram has had them confirmed already). */
    void resume(List<Update> unhandled) {
        if (!unhandled.isEmpty()) {
            log.info("Handling {} update(s) taken before and never answered", unhandled.size());
        }
        for (Update update : unhandled) {
            enqueue(update);
        }
    }

    private void safely(Update update) {
        boolean done = true;
        try {
            done = handler.test(update);
        } catch (RuntimeException e) {
            log.error("Update {} failed", update.getUpdateId(), e); // never retried: it would fail again
        }
        if (done) {
            ledger.handled(update.getUpdateId());
        } else {
            ledger.abandoned(update.getUpdateId());
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
