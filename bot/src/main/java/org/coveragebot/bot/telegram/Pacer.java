package org.coveragebot.bot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps outgoing messages within Telegram's limits: about one a second in a private chat, twenty a
 * minute in a group, thirty a second in all. {@link #reserve} books the next free slot and says how
 * long to wait for it.
 */
final class Pacer {

    static final long PRIVATE_GAP_MS = 1_000;
    static final long GROUP_GAP_MS = 3_000;
    static final long GLOBAL_GAP_MS = 34;

    private final LongSupplier clockMs;
    private final Map<Long, Long> nextPerChat = new HashMap<>();
    private long nextGlobal;

    Pacer(LongSupplier clockMs) {
        this.clockMs = clockMs;
    }

    /** Milliseconds to wait before sending to {@code chatId} (negative ids are groups). */
    synchronized long reserve(long chatId) {
        long now = clockMs.getAsLong();
        long slot = Math.max(now, Math.max(nextGlobal, nextPerChat.getOrDefault(chatId, 0L)));
        nextGlobal = slot + GLOBAL_GAP_MS;
        nextPerChat.put(chatId, slot + (chatId < 0 ? GROUP_GAP_MS : PRIVATE_GAP_MS));
        if (nextPerChat.size() > 50_000) {
            nextPerChat.values().removeIf(next -> next < now);
        }
        return slot - now;
    }
}
