package org.coveragebot.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few turns of each conversation, in this process. Bounded twice: a conversation idle for longer than the
 * expiry is forgotten, and beyond {@code maxConversations} the least recently active ones go first.
 */
public final class ConversationMemory implements ConversationStore {

    public static final int DEFAULT_MAX_CONVERSATIONS = 10_000;

    private final Duration expiry;
    private final int maxConversations;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> conversations = new LinkedHashMap<>(16, 0.75f, true);

    public ConversationMemory(Duration expiry, int maxConversations, Clock clock) {
        if (expiry.isNegative() || expiry.isZero() || maxConversations < 1) {
            throw new IllegalArgumentException("expiry and size must be positive");
        }
        this.expiry = expiry;
        this.maxConversations = maxConversations;
        this.clock = clock;
    }

    @Override
    public synchronized List<Turn> turns(String conversation) {
        Entry entry = conversations.get(conversation);
        if (entry == null || entry.lastActive.plus(expiry).isBefore(clock.instant())) {
            conversations.remove(conversation);
            return List.of();
        }
        return List.copyOf(entry.turns);
    }

    @Override
    public synchronized void add(String conversation, Turn turn) {
        Entry entry = conversations.computeIfAbsent(conversation, key -> new Entry());
        entry.turns.addLast(turn);
        while (entry.turns.size() > TURNS_KEPT) {
            entry.turns.removeFirst();
        }
        entry.lastActive = clock.instant();
        evict();
    }

    @Override
    public synchronized void forget(String conversation) {
        conversations.remove(conversation);
    }

    public synchronized int size() {
        return conversations.size();
    }

    private void evict() {
        Instant cutoff = clock.instant().minus(expiry);
        var oldest = conversations.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<String, Entry> next = oldest.next();
            if (conversations.size() > maxConversations || next.getValue().lastActive.isBefore(cutoff)) {
                oldest.remove();
            } else {
                break; // access order: the rest are more recent
            }
        }
    }

    private static final class Entry {
        private final Deque<Turn> turns = new ArrayDeque<>();
        private Instant lastActive;
    }
}
