package org.coveragebot.bot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** At most {@code perMinute} questions per user in any sliding minute; floods get a polite message instead. */
final class QuestionRateLimit {

    static final int DEFAULT_PER_MINUTE = 10;
    private static final long MINUTE_MS = 60_000;

    private final int perMinute;
    private final LongSupplier clockMs;
    private final Map<Long, Deque<Long>> recent = new HashMap<>();

    QuestionRateLimit(int perMinute, LongSupplier clockMs) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("questions per minute must be at least 1, was " + perMinute);
        }
        this.perMinute = perMinute;
        this.clockMs = clockMs;
    }

    /** Records a question by {@code userId}; false when the user is over the limit. */
    synchronized boolean allow(long userId) {
        long now = clockMs.getAsLong();
        Deque<Long> times = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= now - MINUTE_MS) {
            times.pollFirst();
        }
        if (times.size() >= perMinute) {
            return false;
        }
        times.addLast(now);
        if (recent.size() > 100_000) {
            recent.values().removeIf(t -> t.isEmpty() || t.peekLast() <= now - MINUTE_MS);
        }
        return true;
    }
}
