package org.coveragebot.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.coveragebot.bot.admin.AdminCommands;
import org.coveragebot.bot.admin.AnswerStats;
import org.coveragebot.bot.admin.CoverageReloads;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.conversation.ConversationMemory;
import org.coveragebot.bot.conversation.ConversationalAnswerer;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real TelegramBots client, long polling a fake Bot API server on 127.0.0.1. */
class TelegramBotEndToEndTest {

    static final String TOKEN = "123456:TEST-token";

    @TempDir
    static Path work;
    static Coverage coverage;
    static final List<CoverageReloads> RELOADS = new java.util.ArrayList<>();

    FakeBotApi api;
    TelegramBot bot;

    @BeforeAll
    static void openCoverage() throws IOException {
        Path articles = Files.createDirectories(work.resolve("articles"));
        for (Path sample : Files.list(TestCoverage.SAMPLE).toList()) {
            Files.copy(sample, articles.resolve(sample.getFileName()));
        }
        Files.writeString(articles.resolve("markup.txt"), "---\ntitle: Tags <b>& such</b>\nsource: A&B <News>\n---\n"
                + "The council voted 5 <> 3 on the <script>alert(1)</script> budget & the parks plan on Tuesday night.\n");
        coverage = TestCoverage.open(articles);
    }

    @AfterAll
    static void closeCoverage() throws IOException {
        RELOADS.forEach(CoverageReloads::close);
        coverage.close();
    }

    @BeforeEach
    void startBot() throws Exception {
        api = new FakeBotApi();
        bot = start(api, new ExtractiveAnswerer(coverage), work.resolve("ledger-" + System.nanoTime()));
    }

    static final long ADMIN = 9;

    /** The bot wired as Main wires it, over {@code answerer}, polling {@code server}. */
    static TelegramBot start(FakeBotApi server, Answerer answerer, Path ledger) throws Exception {
        AnswerStats stats = new AnswerStats(answerer);
        CoverageReloads reloads = new CoverageReloads(coverage, Clock.systemUTC());
        RELOADS.add(reloads);
        ConversationalAnswerer conversations = new ConversationalAnswerer(stats, coverage,
                new ConversationMemory(Duration.ofMinutes(30), 100, Clock.systemUTC()));
        return TelegramBot.start(new TelegramSettings(TOKEN, TelegramBot.url(Optional.of(URI.create(server.url()))), 1, 5,
                ledger, Set.of(ADMIN)), conversations, new AdminCommands(Set.of(ADMIN), coverage, reloads, stats),
                coverage::summary);
    }

    @AfterEach
    void stopBot() {
        bot.close();
        api.close();
    }

    private static String text(FakeBotApi.Call call) {
        return call.body().path("text").asText();
    }

    @Test
    void should_answer_a_private_question_with_quotes_and_citations_threaded_to_it() throws Exception {
        var question = api.privateText(42, "How much aid did Biden announce?");
        api.push(question);
        FakeBotApi.Call answer = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 42, 1, 20_000).get(0);
        String html = text(answer);
        assertTrue(answer.body().path("parse_mode").asText().equalsIgnoreCase("HTML"));
        assertTrue(html.contains("<blockquote>") && html.contains("$375 million") && html.contains("$357 million"), html);
        assertTrue(html.contains("[1]") && html.contains("[2]") && html.contains("Sources disagree"), html);
        assertEquals(question.get("message_id").asInt(), answer.body().path("reply_parameters").path("message_id").asInt());
        assertFalse(api.calls("sendChatAction").isEmpty(), "a typing indicator was shown");
        assertFalse(api.calls("setMyCommands").isEmpty(), "commands were registered");
    }

    @Test
    void should_resolve_a_follow_up_in_the_same_chat() throws Exception {
        api.push(api.privateText(54, "How much aid did Biden announce?"));
        api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 54, 1, 20_000);
        api.push(api.privateText(54, "Which outlet said 357?"));
        String followUp = text(api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 54, 2, 20_000).get(1));
        assertTrue(followUp.contains("$357 million") && !followUp.contains("$375 million"), followUp);
        assertTrue(followUp.startsWith("That is what zelensky-g7-bakhmut-biden-aid.txt reported:"),
                "the follow-up's lead reaches Telegram: " + followUp);
        api.push(api.privateText(54, "/new"));
        api.push(api.privateText(54, "Which outlet said 357?"));
        String afresh = text(api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 54, 4, 20_000).get(3));
        assertFalse(afresh.startsWith("That is what"), "after /new there is no earlier answer to lean on: " + afresh);
    }

    @Test
    void should_answer_a_group_mention_and_ignore_other_group_chatter() throws Exception {
        api.push(api.message(-100, "supergroup", 7, "lunch anyone?"));
        api.push(api.message(-100, "supergroup", 7, "@" + FakeBotApi.BOT_USERNAME + " What did Zelensky say about Bakhmut?"));
        List<FakeBotApi.Call> sent = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == -100, 1, 20_000);
        Thread.sleep(500);
        assertEquals(1, api.calls("sendMessage").size(), "only the mention is answered");
        assertTrue(text(sent.get(0)).contains("only in our hearts"), text(sent.get(0)));
    }

    @Test
    void should_reply_politely_to_a_sticker() throws Exception {
        var sticker = api.privateText(43, null);
        sticker.putObject("sticker").put("file_id", "x").put("file_unique_id", "y").put("width", 512)
                .put("height", 512).put("is_animated", false).put("is_video", false).put("type", "regular");
        api.push(sticker);
        String reply = text(api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 43, 1, 10_000).get(0));
        assertEquals(UpdateHandler.NOT_TEXT, reply);
    }

    @Test
    void should_wait_retry_after_and_resend_when_telegram_answers_429() throws Exception {
        api.answerTooManyRequests(1);
        api.push(api.privateText(44, "/help"));
        List<FakeBotApi.Call> tries = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 44, 2, 20_000);
        long waitedMs = (tries.get(1).atNanos() - tries.get(0).atNanos()) / 1_000_000;
        assertTrue(waitedMs >= 950, "waited " + waitedMs + " ms for retry_after 1");
        assertEquals(text(tries.get(0)), text(tries.get(1)));
    }

    @Test
    void should_show_the_sources_when_the_button_under_an_answer_is_pressed() throws Exception {
        var question = api.privateText(46, "How much aid did Biden announce?");
        api.push(question);
        FakeBotApi.Call answer = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 46, 1, 20_000).get(0);
        String data = answer.body().path("reply_markup").path("inline_keyboard").path(0).path(0).path("callback_data").asText();
        assertTrue(!data.isEmpty() && data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64, data);
        api.pushCallback("cb-1", 46, 9001, data);
        api.await("answerCallbackQuery", c -> c.body().path("callback_query_id").asText().equals("cb-1"), 1, 10_000);
        String sources = text(api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 46, 2, 10_000).get(1));
        assertTrue(sources.startsWith("<b>Sources</b>") && sources.contains("[1]") && sources.contains("[2]"), sources);
    }

    @Test
    void should_say_what_coverage_is_loaded_on_start() throws Exception {
        api.push(api.privateText(47, "/start"));
        String intro = text(api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 47, 1, 10_000).get(0));
        assertTrue(intro.contains("articles from A&amp;B &lt;News&gt;"), intro);
    }

    @Test
    void should_slow_down_a_user_who_floods_the_bot() throws Exception {
        for (int i = 0; i < 7; i++) {
            api.push(api.privateText(48, "Bakhmut " + i));
        }
        List<FakeBotApi.Call> replies = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 48, 7, 30_000);
        assertEquals(2, replies.stream().filter(c -> text(c).equals(UpdateHandler.TOO_MANY)).count());
    }

    @Test
    void should_answer_an_update_that_was_received_but_not_answered_before_a_crash() throws Exception {
        Path ledger = work.resolve("crash-ledger");
        java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Answerer slow = ask -> {
            asked.countDown();
            try {
                release.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ExtractiveAnswerer(coverage).answer(ask);
        };
        FakeBotApi before = new FakeBotApi();
        TelegramBot crashing = start(before, slow, ledger);
        before.push(before.privateText(50, "How much aid did Biden announce?"));
        assertTrue(asked.await(20, java.util.concurrent.TimeUnit.SECONDS));
        before.close(); // the network goes away while the answer is being written
        release.countDown();
        crashing.close();
        assertEquals(0, before.calls("sendMessage").size());

        try (FakeBotApi after = FakeBotApi.after(before)) {
            TelegramBot restarted = start(after, new ExtractiveAnswerer(coverage), ledger);
            try {
                String html = text(after.await("sendMessage", c -> c.body().path("chat_id").asLong() == 50, 1, 20_000).get(0));
                assertTrue(html.contains("$375 million"), html);
            } finally {
                restarted.close();
            }
        }
    }

    @Test
    void should_not_answer_twice_an_update_that_comes_again_after_a_restart() throws Exception {
        Path ledger = work.resolve("repeat-ledger");
        FakeBotApi before = new FakeBotApi();
        TelegramBot first = start(before, new ExtractiveAnswerer(coverage), ledger);
        before.push(before.privateText(51, "/help"));
        before.await("sendMessage", c -> c.body().path("chat_id").asLong() == 51, 1, 10_000);
        first.close();
        before.close();
        // Telegram did not get the confirmation: the same update comes again to the restarted bot
        try (FakeBotApi after = FakeBotApi.after(before)) {
            after.redeliver(before.delivered());
            TelegramBot restarted = start(after, new ExtractiveAnswerer(coverage), ledger);
            try {
                after.push(after.privateText(51, "/help"));
                after.await("sendMessage", c -> c.body().path("chat_id").asLong() == 51, 1, 10_000);
                Thread.sleep(1_500);
                assertEquals(1, after.calls("sendMessage").size(), "only the new update is answered");
            } finally {
                restarted.close();
            }
        }
    }

    @Test
    void should_send_plain_text_when_telegram_refuses_the_html() throws Exception {
        api.refuseHtml();
        api.push(api.privateText(52, "How much aid did Biden announce?"));
        FakeBotApi.Call plain = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 52
                && c.body().path("parse_mode").isMissingNode(), 1, 20_000).get(0);
        assertTrue(text(plain).contains("$375 million") && text(plain).contains("[1]"), text(plain));
    }

    @Test
    void should_split_an_answer_longer_than_telegram_allows_into_clean_messages() throws Exception {
        String sentence = "Officials said the convoy of <trucks> & buses reached the city before dawn on Sunday. ";
        List<org.coveragebot.bot.answer.Citation> citations = new java.util.ArrayList<>();
        List<org.coveragebot.bot.answer.Statement> statements = new java.util.ArrayList<>();
        for (int id = 1; id <= 5; id++) {
            String quote = sentence.repeat(30).strip();
            citations.add(new org.coveragebot.bot.answer.Citation(id, "a.txt", "Wire", null, null, null, quote, 0,
                    quote.length(), null));
            statements.add(org.coveragebot.bot.answer.Statement.of(new org.coveragebot.bot.answer.Statement.Quote(id)));
        }
        var longAnswer = new org.coveragebot.bot.answer.Answer(org.coveragebot.bot.answer.AnswerStatus.ANSWERED,
                "", statements, citations, List.of(), null);
        assertTrue(org.coveragebot.bot.answer.PlainTextAnswer.render(longAnswer).length() > 3 * HtmlAnswerRenderer.TELEGRAM_LIMIT);
        bot.close();
        bot = start(api, ask -> longAnswer, work.resolve("ledger-long"));
        api.push(api.privateText(53, "Tell me everything about the convoy"));
        List<FakeBotApi.Call> parts = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 53, 4, 30_000);
        Thread.sleep(1_500);
        parts = api.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == 53).toList();
        for (FakeBotApi.Call part : parts) {
            assertEquals(null, TelegramHtml.problem(text(part)), text(part));
        }
        assertTrue(text(parts.get(parts.size() - 1)).contains("<b>Sources</b>"));
        assertTrue(parts.get(0).body().has("reply_parameters") && !parts.get(1).body().has("reply_parameters"));
    }

    @Test
    void should_refuse_reload_and_uploads_from_someone_who_is_not_an_admin() throws Exception {
        api.push(api.privateText(60, "/reload"));
        api.push(api.document(60, "evil.txt", "Planted text.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<FakeBotApi.Call> replies = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 60, 2, 10_000);
        assertEquals(List.of(AdminCommands.REFUSED, AdminCommands.REFUSED), replies.stream().map(TelegramBotEndToEndTest::text).toList());
        assertFalse(Files.exists(work.resolve("articles/uploads/evil.txt")));
        assertTrue(api.calls("getFile").isEmpty(), "a refused upload is not even fetched");
    }

    @Test
    void should_refuse_an_upload_that_is_too_large_or_not_an_article() throws Exception {
        var huge = api.document(ADMIN, "huge.txt", new byte[16]);
        ((com.fasterxml.jackson.databind.node.ObjectNode) huge.get("document")).put("file_size", 50L * 1024 * 1024);
        api.push(huge);
        api.push(api.document(ADMIN, "payload.exe", new byte[16]));
        List<FakeBotApi.Call> replies = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == ADMIN, 2, 10_000);
        assertTrue(text(replies.get(0)).contains("too large"), text(replies.get(0)));
        assertTrue(text(replies.get(1)).contains("I can only add"), text(replies.get(1)));
        assertTrue(api.calls("getFile").isEmpty());
    }

    @Test
    void should_add_an_uploaded_article_and_answer_from_it_after_the_reload() throws Exception {
        byte[] article = ("---\ntitle: Harbour works\nsource: Port Wire\n---\nThe harbour dredging will cost "
                + "$4.2 million and finish in October, the port authority announced on Friday.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        api.push(api.document(ADMIN, "../../harbour.txt", article));
        FakeBotApi.Call report = api.await("editMessageText", c -> text(c).startsWith("Reloaded"), 1, 30_000).get(0);
        assertTrue(text(report).contains("1 added"), text(report));
        assertTrue(Files.exists(work.resolve("articles/uploads/harbour.txt")), "saved inside the folder, not two levels up");
        api.push(api.privateText(ADMIN, "How much will the harbour dredging cost?"));
        String answer = text(api.await("sendMessage", c -> text(c).contains("$4.2 million"), 1, 20_000).get(0));
        assertTrue(answer.contains("Port Wire"), answer);
        api.push(api.privateText(ADMIN, "/stats"));
        String stats = text(api.await("sendMessage", c -> text(c).startsWith("Coverage:"), 1, 10_000).get(0));
        assertTrue(stats.contains("4 articles") && stats.contains("Last reload:") && stats.contains("Questions answered: 1"), stats);
    }

    @Test
    void should_escape_article_markup_in_answers() throws Exception {
        api.push(api.privateText(45, "How did the council vote on the budget and the parks plan?"));
        String html = text(api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 45, 1, 20_000).get(0));
        assertTrue(html.contains("5 &lt;&gt; 3") && html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("A&amp;B &lt;News&gt;"), html);
        assertFalse(html.contains("<script>") || html.contains("<b>&"), html);
    }

    @Test
    void should_keep_long_polling_while_an_answer_takes_its_time() throws Exception {
        java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Answerer slow = ask -> {
            asked.countDown();
            try {
                release.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ExtractiveAnswerer(coverage).answer(ask);
        };
        bot.close();
        bot = start(api, slow, work.resolve("ledger-slow"));
        api.push(api.privateText(56, "How much aid did Biden announce?"));
        assertTrue(asked.await(20, java.util.concurrent.TimeUnit.SECONDS));
        int before = api.calls("getUpdates").size();
        Thread.sleep(3_000); // polls time out after 1 s here (50 s in production)
        int polls = api.calls("getUpdates").size() - before;
        release.countDown();
        assertTrue(polls <= 4, polls + " polls in 3 s while one answer was being written: Telegram must see long polls only");
        api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 56, 1, 20_000);
    }

    @Test
    void should_say_in_one_line_that_telegram_refused_the_token() throws Exception {
        try (FakeBotApi refusing = new FakeBotApi()) {
            refusing.refuseToken();
            TelegramUnavailable refused = org.junit.jupiter.api.Assertions.assertThrows(TelegramUnavailable.class,
                    () -> start(refusing, new ExtractiveAnswerer(coverage), work.resolve("ledger-refused")));
            assertTrue(refused.getMessage().contains("refused the bot token (HTTP 401)"), refused.getMessage());
            assertFalse(refused.getMessage().contains(TOKEN), "the token is never shown");
        }
    }
}
