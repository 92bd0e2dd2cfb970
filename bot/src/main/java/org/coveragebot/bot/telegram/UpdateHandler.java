package org.coveragebot.bot.telegram;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.retrieval.CoverageSummary;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.coveragebot.bot.conversation.ChatAnswerer;
import org.coveragebot.bot.conversation.ChatCommands;
import org.coveragebot.bot.answer.QuestionGuard;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what one update means and replies through the {@link Messenger}. Private chats: any text is
 * a question. Groups: only a mention of the bot, a reply to one of its messages, or {@code /ask@bot}.
 * Commands, and messages without text, get short helpful replies; nothing gets silence or a stack trace.
 */
public final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    static final String NOT_TEXT = "I can only read text. Ask me a question about the coverage in words.";
    static final long TYPING_RENEWAL_SECONDS = 4;

    static final String TOO_MANY = "You're asking faster than I can read. Please wait a minute, then ask again.";
    static final String SOURCES_PREFIX = "src:";

    private final ChatAnswerer answerer;
    private final Messenger messenger;
    private final BotIdentity bot;
    private final Supplier<CoverageSummary> coverage;
    private final QuestionRateLimit rateLimit;
    private final ScheduledExecutorService typingTimer;
    private final AdminDesk admin;
    private final HtmlAnswerRenderer renderer = new HtmlAnswerRenderer();
    private final AnswerMemory memory = new AnswerMemory(AnswerMemory.DEFAULT_CAPACITY);
    private final Pattern mention;

    /** @param admin the admin commands and uploads, or null for a bot without them */
    UpdateHandler(ChatAnswerer answerer, Messenger messenger, BotIdentity bot, Supplier<CoverageSummary> coverage,
                  int questionsPerMinute, ScheduledExecutorService typingTimer, AdminDesk admin) {
        this.answerer = answerer;
        this.messenger = messenger;
        this.bot = bot;
        this.coverage = coverage;
        this.rateLimit = new QuestionRateLimit(questionsPerMinute, System::currentTimeMillis);
        this.typingTimer = typingTimer;
        this.admin = admin;
        this.mention = Pattern.compile("(?i)@" + Pattern.quote(bot.username()) + "\\b");
    }

    /** The chat an update belongs to (for ordering), or null when it belongs to none. */
    static Long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return null;
    }

    /** Handles one update; false when its reply could not be delivered for now and it should come again. */
    public boolean handle(Update update) {
        if (update.hasCallbackQuery()) {
            return handleCallback(update.getCallbackQuery());
        }
        if (!update.hasMessage()) {
            return true; // edits, channel posts, reactions: nothing to answer
        }
        Message message = update.getMessage();
        boolean privateChat = message.getChat() != null && "private".equals(message.getChat().getType());
        if (message.hasDocument() && admin != null && (privateChat || repliesToBot(message))) {
            return admin.upload(message);
        }
        String text = message.hasText() ? message.getText() : message.getCaption();
        if (text == null) {
            return !(privateChat || repliesToBot(message)) || reply(message, NOT_TEXT);
        }
        String command = ChatCommands.command(text).orElse(null);
        if (command != null) {
            return handleCommand(message, command, text, privateChat);
        }
        if (privateChat) {
            return ask(message, text);
        }
        if (mention.matcher(text).find() || repliesToBot(message)) {
            return ask(message, mention.matcher(text).replaceAll(" "));
        }
        return true;
    }

    private boolean handleCommand(Message message, String command, String text, boolean privateChat) {
        int at = command.indexOf('@');
        if (at >= 0) {
            if (!command.substring(at + 1).equalsIgnoreCase(bot.username())) {
                return true; // a command for another bot in the group
            }
            command = command.substring(0, at);
        } else if (!privateChat && !command.equals("/ask")) {
            return true;
        }
        String argument = text.substring(text.indexOf(command) + command.length()).replaceFirst("^@\\S+", "").strip();
        if (admin != null && AdminDesk.handles(command.toLowerCase(Locale.ROOT))) {
            return admin.command(message, command.toLowerCase(Locale.ROOT));
        }
        return switch (command.toLowerCase(Locale.ROOT)) {
            case "/start" -> reply(message, ChatCommands.introduction(coverage.get()));
            case "/help" -> reply(message, ChatCommands.HELP);
            case "/sources" -> sources(message.getChatId(), message.getMessageId(), memory.last(message.getChatId()));
            case "/new" -> {
                memory.forget(message.getChatId());
                answerer.forget(conversation(message));
                yield reply(message, ChatCommands.AFRESH);
            }
            case "/ask" -> argument.isEmpty()
                    ? reply(message, "Write your question after /ask, for example: /ask How much aid did Biden announce?")
                    : ask(message, argument);
            default -> reply(message, ChatCommands.UNKNOWN);
        };
    }

    private boolean ask(Message message, String question) {
        long started = System.nanoTime();
        Long user = message.getFrom() == null ? null : message.getFrom().getId();
        if (!rateLimit.allow(user == null ? message.getChatId() : user)) {
            log.info("chat={} user={} status=rate_limited", message.getChatId(), user);
            return reply(message, TOO_MANY);
        }
        Answer answer;
        ScheduledFuture<?> typing = typingTimer.scheduleAtFixedRate(() -> messenger.typing(message.getChatId()),
                0, TYPING_RENEWAL_SECONDS, TimeUnit.SECONDS);
        try {
            answer = answerer.answer(conversation(message), question);
        } catch (RuntimeException e) {
            log.error("Answering in chat {} failed", message.getChatId(), e);
            return reply(message, "Sorry, something went wrong while searching the coverage. Please try again.");
        } finally {
            typing.cancel(false);
        }
        String button = null;
        if (answer.status() == AnswerStatus.ANSWERED) {
            memory.remember(message.getChatId(), message.getMessageId(), answer);
            button = SOURCES_PREFIX + message.getMessageId();
        }
        boolean delivered = messenger.send(new Reply(message.getChatId(), message.getMessageId(), renderer.render(answer),
                renderer.renderPlain(answer), button));
        log.info("chat={} user={} status={} citations={} ms={}", message.getChatId(), user, answer.status().wireName(),
                answer.citations().size(), (System.nanoTime() - started) / 1_000_000);
        log.debug("chat={} question={}", message.getChatId(), QuestionGuard.clean(question));
        return delivered;
    }

    private boolean handleCallback(CallbackQuery callback) {
        String data = callback.getData() == null ? "" : callback.getData();
        MaybeInaccessibleMessage message = callback.getMessage();
        if (!data.startsWith(SOURCES_PREFIX) || message == null) {
            messenger.answerCallback(callback.getId(), null);
            return true;
        }
        Optional<Answer> answer = answerFor(message.getChatId(), data.substring(SOURCES_PREFIX.length()));
        messenger.answerCallback(callback.getId(), answer.isPresent() ? null : "That answer is too old; ask again.");
        return answer.isEmpty() || sources(message.getChatId(), message.getMessageId(), answer);
    }

    private Optional<Answer> answerFor(long chatId, String questionMessageId) {
        try {
            return memory.find(chatId, Integer.parseInt(questionMessageId));
        } catch (NumberFormatException e) {
            log.debug("Malformed callback data {}", questionMessageId);
            return Optional.empty();
        }
    }

    private boolean sources(long chatId, Integer replyTo, Optional<Answer> answer) {
        if (answer.isEmpty() || answer.get().citations().isEmpty()) {
            return messenger.send(Reply.text(chatId, replyTo, ChatCommands.NO_SOURCES));
        }
        StringBuilder html = new StringBuilder("<b>Sources</b>");
        for (Citation citation : answer.get().citations()) {
            html.append('\n').append('[').append(citation.id()).append("] ").append(HtmlAnswerRenderer.sourceLine(citation));
            if (citation.url() != null) {
                html.append(' ').append(HtmlAnswerRenderer.escape(citation.url()));
            }
        }
        return messenger.send(new Reply(chatId, replyTo, List.of(html.toString()), List.of(ChatCommands.sources(answer)), null));
    }

    /** A private chat is one conversation; in a group, each member's thread with the bot is one. */
    static String conversation(Message message) {
        boolean privateChat = message.getChat() != null && "private".equals(message.getChat().getType());
        Long user = message.getFrom() == null ? null : message.getFrom().getId();
        return "tg:" + message.getChatId() + (privateChat || user == null ? "" : ":" + user);
    }

    private boolean repliesToBot(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id();
    }

    private boolean reply(Message message, String text) {
        return messenger.send(Reply.text(message.getChatId(), message.getMessageId(), text));
    }
}
