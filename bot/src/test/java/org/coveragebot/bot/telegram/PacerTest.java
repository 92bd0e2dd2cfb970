package org.coveragebot.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {

    private final AtomicLong now = new AtomicLong(10_000);
    private final Pacer pacer = new Pacer(now::get);

    @Test
    void should_space_messages_to_one_private_chat_a_second_apart() {
        assertEquals(0, pacer.reserve(42));
        assertEquals(1_000, pacer.reserve(42));
        assertEquals(2_000, pacer.reserve(42));
    }

    @Test
    void should_space_group_messages_to_twenty_a_minute() {
        assertEquals(0, pacer.reserve(-100));
        assertEquals(3_000, pacer.reserve(-100));
    }

    @Test
    void should_keep_all_chats_together_under_thirty_messages_a_second() {
        long last = 0;
        for (int chat = 1; chat <= 30; chat++) {
            last = pacer.reserve(chat);
        }
        assertEquals(29 * Pacer.GLOBAL_GAP_MS, last);
    }

    @Test
    void should_not_wait_once_the_slot_has_passed() {
        pacer.reserve(42);
        now.addAndGet(5_000);
        assertEquals(0, pacer.reserve(42));
    }
}
