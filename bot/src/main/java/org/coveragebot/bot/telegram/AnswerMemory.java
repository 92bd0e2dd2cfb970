package org.coveragebot.bot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coveragebot.bot.answer.Answer;

/**
 * The recent answers, by chat and question message, for {@code /sources} and the Sources button.
 * Bounded: the least recently used entries go first.
 */
final class AnswerMemory {

    static final int DEFAULT_CAPACITY = 20_000;

    private final int capacity;
    private final Map<String, Answer> answers;
    private final Map<Long, Answer> lastByChat;

    AnswerMemory(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true);
        this.lastByChat = new LinkedHashMap<>(16, 0.75f, true);
    }

    synchronized void remember(long chatId, int messageId, Answer answer) {
        answers.put(key(chatId, messageId), answer);
        lastByChat.put(chatId, answer);
        trim(answers);
        trim(lastByChat);
    }

    synchronized Optional<Answer> find(long chatId, int messageId) {
        return Optional.ofNullable(answers.get(key(chatId, messageId)));
    }

    synchronized Optional<Answer> last(long chatId) {
        return Optional.ofNullable(lastByChat.get(chatId));
    }

    synchronized void forget(long chatId) {
        lastByChat.remove(chatId);
        answers.keySet().removeIf(key -> key.startsWith(chatId + ":"));
    }

    synchronized int size() {
        return answers.size();
    }

    private <K> void trim(Map<K, Answer> map) {
        var oldest = map.keySet().iterator();
        while (map.size() > capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private static String key(long chatId, int messageId) {
        return chatId + ":" + messageId;
    }
}
