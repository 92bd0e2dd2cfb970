package org.coveragebot.bot.telegram;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.Answerer;
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

    static final String HELP = "Ask me a fact question about the news coverage, for example:\n"
            + "\u2022 How much aid did Biden announce?\n\u2022 What did Zelensky say about Bakhmut?\n"
            + "I answer with quotes from the articles, each cited, and say when sources disagree. "
            + "In groups, mention me or reply to my answer.\n/new starts afresh.";
    static final String NOT_TEXT = "I can only read text. Ask me a question about the coverage in words.";
    static final String UNKNOWN_COMMAND = "I don't know that command. /help shows what I can do.";

    private final Answerer answerer;
    private final Messenger messenger;
    private final BotIdentity bot;
    private final HtmlAnswerRenderer renderer = new HtmlAnswerRenderer();
    private final Pattern mention;

    public UpdateHandler(Answerer answerer, Messenger messenger, BotIdentity bot) {
        this.answerer = answerer;
        this.messenger = messenger;
        this.bot = bot;
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

    public void handle(Update update) {
        if (!update.hasMessage()) {
            return; // edits, channel posts, reactions: nothing to answer
        }
        Message message = update.getMessage();
        boolean privateChat = message.getChat() != null && "private".equals(message.getChat().getType());
        String text = message.hasText() ? message.getText() : message.getCaption();
        if (text == null) {
            if (privateChat || repliesToBot(message)) {
                reply(message, NOT_TEXT);
            }
            return;
        }
        String command = command(text);
        if (command != null) {
            handleCommand(message, command, text, privateChat);
            return;
        }
        if (privateChat) {
            ask(message, text);
        } else if (mention.matcher(text).find() || repliesToBot(message)) {
            ask(message, mention.matcher(text).replaceAll(" "));
        }
    }

    private void handleCommand(Message message, String command, String text, boolean privateChat) {
        int at = command.indexOf('@');
        if (at >= 0) {
            if (!command.substring(at + 1).equalsIgnoreCase(bot.username())) {
                return; // a command for another bot in the group
            }
            command = command.substring(0, at);
        } else if (!privateChat && !command.equals("/ask")) {
            return;
        }
        String argument = text.substring(text.indexOf(command) + command.length()).replaceFirst("^@\\S+", "").strip();
        switch (command.toLowerCase(Locale.ROOT)) {
            case "/start", "/help" -> reply(message, HELP);
            case "/new" -> reply(message, "Starting afresh: ask your next question.");
            case "/ask" -> {
                if (argument.isEmpty()) {
                    reply(message, "Write your question after /ask, for example: /ask How much aid did Biden announce?");
                } else {
                    ask(message, argument);
                }
            }
            default -> reply(message, UNKNOWN_COMMAND);
        }
    }

    private void ask(Message message, String question) {
        long started = System.nanoTime();
        messenger.typing(message.getChatId());
        Answer answer;
        try {
            answer = answerer.answer(question);
        } catch (RuntimeException e) {
            log.error("Answering in chat {} failed", message.getChatId(), e);
            reply(message, "Sorry, something went wrong while searching the coverage. Please try again.");
            return;
        }
        messenger.send(message.getChatId(), message.getMessageId(), renderer.render(answer), renderer.renderPlain(answer));
        log.info("chat={} user={} status={} citations={} ms={}", message.getChatId(),
                message.getFrom() == null ? null : message.getFrom().getId(), answer.status().wireName(),
                answer.citations().size(), (System.nanoTime() - started) / 1_000_000);
        log.debug("chat={} question={}", message.getChatId(), QuestionGuard.clean(question));
    }

    private boolean repliesToBot(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id();
    }

    private void reply(Message message, String text) {
        messenger.send(message.getChatId(), message.getMessageId(), List.of(HtmlAnswerRenderer.escape(text)), List.of(text));
    }

    private static String command(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("/") || trimmed.length() < 2 || !Character.isLetter(trimmed.charAt(1))) {
            return null;
        }
        int end = 1;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end);
    }
}
