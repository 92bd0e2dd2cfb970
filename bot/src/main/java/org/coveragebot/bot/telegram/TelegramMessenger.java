package org.coveragebot.bot.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.telegram.telegrambots.meta.TelegramUrl;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through the real TelegramBots client, paced within Telegram's limits ({@link Pacer}). HTTP 429: waits {@code retry_after}, then resends; 5xx
 * and network errors: bounded exponential backoff; entities Telegram cannot parse: the plain-text
 * version goes out instead.
 */
public final class TelegramMessenger implements Messenger {

    private static final Logger log = LoggerFactory.getLogger(TelegramMessenger.class);
    static final int MAX_ATTEMPTS = 4;
    static final long FIRST_BACKOFF_MS = 500;
    static final long MAX_RETRY_AFTER_S = 60;

    private final TelegramClient client;
    private final String fileBaseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Pacer pacer = new Pacer(System::currentTimeMillis);

    /**
     * @param token and {@code url} build file download links; TelegramBots' own download ignores a
     *              custom Bot API server, so files are fetched here
     */
    public TelegramMessenger(TelegramClient client, String token, TelegramUrl url) {
        this.client = client;
        this.fileBaseUrl = url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/file/bot" + token + "/";
    }

    @Override
    public boolean send(Reply reply) {
        try {
            sendAll(reply, reply.html(), ParseMode.HTML);
            return true;
        } catch (TelegramApiRequestException e) {
            if (e.getErrorCode() != null && e.getErrorCode() == 400 && String.valueOf(e.getApiResponse()).contains("entities")) {
                log.warn("Telegram refused the HTML of an answer in chat {} ({}); sending plain text", reply.chatId(),
                        e.getApiResponse());
                try {
                    sendAll(reply, reply.plain(), null);
                    return true;
                } catch (TelegramApiException plainFailed) {
                    log.error("Could not send the plain-text answer to chat {}", reply.chatId(), plainFailed);
                    return !isTransient(plainFailed);
                }
            }
            log.error("Could not send an answer to chat {}: {}", reply.chatId(), e.getApiResponse());
            return !isTransient(e);
        } catch (TelegramApiException e) {
            log.error("Could not send an answer to chat {}: {}", reply.chatId(), e.getMessage());
            return false;
        }
    }

    /** Network trouble, rate limits and server errors pass; other refusals (blocked, bad request) do not. */
    private static boolean isTransient(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            return request.getErrorCode() == 429 || request.getErrorCode() >= 500;
        }
        return true;
    }

    private void sendAll(Reply reply, List<String> messages, String parseMode) throws TelegramApiException {
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            deliver(message(reply.chatId(), i == 0 ? reply.replyTo() : null, messages.get(i), parseMode,
                    last ? reply.sourcesButton() : null));
        }
    }

    @Override
    public void answerCallback(String callbackId, String notice) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(notice).build());
        } catch (TelegramApiException e) {
            log.warn("Answering callback {} failed: {}", callbackId, e.getMessage());
        }
    }

    @Override
    public Optional<Integer> sendStatus(long chatId, Integer replyTo, String text) {
        try {
            pause(pacer.reserve(chatId));
            Message sent = client.execute(message(chatId, replyTo, text, null, null));
            return Optional.ofNullable(sent == null ? null : sent.getMessageId());
        } catch (TelegramApiException e) {
            log.warn("Could not send a status message to chat {}: {}", chatId, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void edit(long chatId, int messageId, String text) {
        try {
            client.execute(EditMessageText.builder().chatId(chatId).messageId(messageId).text(text).build());
        } catch (TelegramApiException e) {
            log.debug("Editing message {} in chat {} failed: {}", messageId, chatId, e.getMessage());
        }
    }

    @Override
    public Optional<byte[]> download(String fileId, long maxBytes) {
        try {
            File file = client.execute(GetFile.builder().fileId(fileId).build());
            if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
                return Optional.empty();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(fileBaseUrl + file.getFilePath()))
                    .timeout(Duration.ofSeconds(60)).GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    log.warn("Downloading file {} failed: HTTP {}", fileId, response.statusCode());
                    return Optional.empty();
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
            }
        } catch (TelegramApiException | IOException e) {
            log.warn("Downloading file {} failed: {}", fileId, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void typing(long chatId) {
        try {
            client.execute(SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build());
        } catch (TelegramApiException e) {
            log.debug("Typing indicator for chat {} failed: {}", chatId, e.getMessage());
        }
    }

    private static SendMessage message(long chatId, Integer replyTo, String text, String parseMode, String button) {
        var builder = SendMessage.builder().chatId(chatId).text(text)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (parseMode != null) {
            builder.parseMode(parseMode);
        }
        if (button != null) {
            builder.replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                    InlineKeyboardButton.builder().text("Sources").callbackData(button).build())).build());
        }
        if (replyTo != null) {
            builder.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        return builder.build();
    }

    private void deliver(SendMessage message) throws TelegramApiException {
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                pause(pacer.reserve(Long.parseLong(message.getChatId())));
                client.execute(message);
                return;
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                boolean tooMany = code != null && code == 429;
                boolean serverError = code != null && code >= 500;
                if (attempt >= MAX_ATTEMPTS || !(tooMany || serverError)) {
                    throw e;
                }
                long waitMs = backoff;
                if (tooMany && e.getParameters() != null && e.getParameters().getRetryAfter() != null) {
                    waitMs = Math.min(MAX_RETRY_AFTER_S, e.getParameters().getRetryAfter()) * 1000L;
                }
                log.warn("Telegram answered {} for chat {}; retrying in {} ms", code, message.getChatId(), waitMs);
                pause(waitMs);
                backoff *= 2;
            } catch (TelegramApiException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                log.warn("Sending to chat {} failed ({}); retrying in {} ms", message.getChatId(), e.getMessage(), backoff);
                pause(backoff);
                backoff *= 2;
            }
        }
    }

    private static void pause(long ms) throws TelegramApiException {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramApiException("interrupted while waiting to resend", e);
        }
    }
}
