package org.coveragebot.bot.telegram;

import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The bot cannot start talking to Telegram, said in one line: the token was refused, or the server is out of reach. */
public final class TelegramUnavailable extends Exception {

    private TelegramUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** The webhook endpoint cannot listen where it was told to. */
    static TelegramUnavailable cannotListen(WebhookSettings webhook, java.io.IOException e) {
        return new TelegramUnavailable("the webhook cannot listen on " + webhook.host() + ":" + webhook.port()
                + " (TELEGRAM_WEBHOOK_LISTEN): " + e.getMessage(), e);
    }

    static TelegramUnavailable of(TelegramApiException e, TelegramUrl url) {
        String server = url.getSchema() + "://" + url.getHost() + ":" + url.getPort();
        if (e instanceof TelegramApiRequestException refused && refused.getErrorCode() != null) {
            int code = refused.getErrorCode();
            if (code == 401 || code == 404) {
                return new TelegramUnavailable("the Bot API at " + server + " refused the bot token (HTTP " + code
                        + "): check TELEGRAM_BOT_TOKEN", e);
            }
            return new TelegramUnavailable("the Bot API at " + server + " answered HTTP " + code + ": "
                    + refused.getApiResponse(), e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new TelegramUnavailable("the Bot API cannot be reached at " + server + " ("
                + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")", e);
    }
}
