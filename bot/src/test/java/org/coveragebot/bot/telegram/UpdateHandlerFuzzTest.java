package org.coveragebot.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.QuestionGuard;
import org.coveragebot.retrieval.CoverageSummary;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * 10,000 random and hostile messages through the handler. The answerer here is a stand-in we own
 * that quotes the question back (so user text reaches the rendered quotes); Telegram is a recording
 * {@link Messenger}. No exception may escape and every reply must be a valid Telegram HTML message.
 */
class UpdateHandlerFuzzTest {

    private static final String[] HOSTILE = {"Bakhmut AND ((", "title:\"x\" OR *", "<b>bold</b>", "<a href=\"javascript:x\">",
            "**markdown** _x_ [link](http://x)", "&amp; &lt; &", "\u202e\u202dreversed\u200f", "\u0000\u0001\u0007\u001b[31m",
            "\ud83d\ude80\ud83d\udd25 emoji", "\ud800 lone surrogate", "/start", "/help@" + FakeBotApi.BOT_USERNAME,
            "/sources", "/unknown", "@" + FakeBotApi.BOT_USERNAME + " aid?", "   ", "", "</blockquote>", "${jndi:ldap://x}"};

    /** Answers by quoting the question back, or refuses what the real guard refuses. */
    private static final Answerer ECHO = ask -> {
        String clean = QuestionGuard.clean(ask.typed());
        if (QuestionGuard.problem(clean).isPresent()) {
            return Answer.rejected(QuestionGuard.problem(clean).get(), "rejected");
        }
        return new Answer(AnswerStatus.ANSWERED, "That is what <" + clean + "> said:",
                List.of(org.coveragebot.bot.answer.Statement.of(new org.coveragebot.bot.answer.Statement.Words(clean + ": "),
                        new org.coveragebot.bot.answer.Statement.Quote(1))),
                List.of(new Citation(1, "x.txt", "<Outlet>", "T&T", null, null, clean, 0, clean.length(), clean)), List.of(), null);
    };

    @Test
    void should_give_every_hostile_message_a_valid_reply_and_never_throw() {
        List<String> sent = new ArrayList<>();
        Messenger recording = new RecordingMessenger() {
            @Override
            public boolean send(Reply reply) {
                sent.addAll(reply.html());
                for (String text : reply.plain()) {
                    assertTrue(text.length() <= HtmlAnswerRenderer.TELEGRAM_LIMIT);
                }
                return true;
            }
        };
        UpdateHandler handler = handler(recording, 1_000_000);
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            handler.handle(update(i, random));
        }
        assertTrue(sent.size() > 5_000, "private messages all get replies, got " + sent.size());
        for (String message : sent) {
            assertNull(TelegramHtml.problem(message), message.length() > 200 ? message.substring(0, 200) : message);
        }
    }

    /** A messenger that ignores typing and callbacks. */
    private abstract static class RecordingMessenger implements Messenger {
        @Override
        public void typing(long chatId) {
        }

        @Override
        public void answerCallback(String callbackId, String notice) {
        }

        @Override
        public java.util.Optional<Integer> sendStatus(long chatId, Integer replyTo, String text) {
            return java.util.Optional.empty();
        }

        @Override
        public void edit(long chatId, int messageId, String text) {
        }

        @Override
        public java.util.Optional<byte[]> download(String fileId, long maxBytes) {
            return java.util.Optional.empty();
        }
    }

    private static UpdateHandler handler(Messenger messenger, int questionsPerMinute) {
        org.coveragebot.bot.conversation.ChatAnswerer echo = new org.coveragebot.bot.conversation.ChatAnswerer() {
            @Override
            public Answer answer(String conversation, String message) {
                return ECHO.answer(org.coveragebot.bot.answer.Ask.of(message));
            }

            @Override
            public void forget(String conversation) {
            }
        };
        return new UpdateHandler(echo, messenger, new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME),
                () -> new CoverageSummary(0, 0, List.of(), java.util.Optional.empty(), java.util.Optional.empty()),
                questionsPerMinute, TIMER, null);
    }

    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

    private static Update update(int i, Random random) {
        Message message = new Message();
        message.setMessageId(i);
        boolean group = random.nextInt(4) == 0;
        message.setChat(new Chat(group ? -100L : 1000L + random.nextInt(50), group ? "supergroup" : "private"));
        message.setFrom(new User(1000L + random.nextInt(50), "Reader", false));
        int kind = random.nextInt(10);
        if (kind == 0) {
            message.setText(null); // a sticker, a photo, a voice note
        } else if (kind == 1) {
            message.setText("x".repeat(100_000));
        } else if (kind < 5) {
            message.setText(HOSTILE[random.nextInt(HOSTILE.length)]);
        } else {
            message.setText(randomText(random));
        }
        Update update = new Update();
        update.setUpdateId(i);
        if (random.nextInt(20) == 0) {
            update.setEditedMessage(message);
        } else {
            update.setMessage(message);
        }
        return update;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(1200);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            text.appendCodePoint(pick < 6 ? 'a' + random.nextInt(26) : pick < 8 ? " <>&\"'/*_[]()~`#".charAt(random.nextInt(16))
                    : random.nextInt(0x2FFFF));
        }
        return text.toString();
    }

    @Test
    void should_tell_a_sender_of_an_over_long_question_to_shorten_it() {
        List<String> sent = new ArrayList<>();
        Messenger recording = new RecordingMessenger() {
            @Override
            public boolean send(Reply reply) {
                sent.addAll(reply.plain());
                return true;
            }
        };
        Message message = new Message();
        message.setMessageId(1);
        message.setChat(new Chat(5L, "private"));
        message.setText("why ".repeat(400));
        Update update = new Update();
        update.setMessage(message);
        handler(recording, 10).handle(update);
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).contains("too long"), sent.get(0));
    }
}
