package org.coveragebot.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class ChatOrderedConsumerTest {

    @TempDir
    Path dir;

    private static Update update(int id, long chat) {
        Message message = new Message();
        message.setMessageId(id);
        message.setChat(new Chat(chat, "private"));
        message.setText("q" + id);
        Update update = new Update();
        update.setUpdateId(id);
        update.setMessage(message);
        return update;
    }

    @Test
    void should_handle_each_chat_in_order_and_survive_a_failing_update() throws Exception {
        Map<Long, List<Integer>> seen = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(300);
        UpdateLedger ledger = new UpdateLedger(dir.resolve("ledger"));
        ChatOrderedConsumer consumer = new ChatOrderedConsumer(update -> {
            try {
                int id = update.getUpdateId();
                if (id == 7) {
                    throw new IllegalStateException("boom");
                }
                Thread.sleep(id % 3);
                seen.computeIfAbsent(update.getMessage().getChatId(), c -> Collections.synchronizedList(new ArrayList<>())).add(id);
                return true;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                all.countDown();
            }
        }, ledger, 4);
        List<Update> batch = new ArrayList<>();
        for (int id = 1; id <= 300; id++) {
            batch.add(update(id, id % 5));
        }
        consumer.consume(batch);
        assertTrue(all.await(20, TimeUnit.SECONDS));
        consumer.close();
        int handled = 0;
        for (List<Integer> ids : seen.values()) {
            List<Integer> sorted = new ArrayList<>(ids);
            Collections.sort(sorted);
            assertEquals(sorted, ids, "one chat's updates in order");
            handled += ids.size();
        }
        assertEquals(299, handled, "all but the failing one");
        assertEquals(301, ledger.offset(301), "every update is handled, so all are confirmed");
    }
}
