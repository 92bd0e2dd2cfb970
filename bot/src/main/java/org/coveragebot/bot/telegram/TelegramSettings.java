package org.coveragebot.bot.telegram;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the bot talks to Telegram.
 *
 * @param token              the bot token (never logged)
 * @param url                the Bot API server
 * @param pollTimeoutSeconds long-polling timeout
 * @param questionsPerMinute per-user question limit
 * @param ledgerFile         where handled-but-unconfirmed update ids are kept across restarts
 * @param admins             user ids allowed to reload, upload and see statistics
 */
public record TelegramSettings(String token, TelegramUrl url, int pollTimeoutSeconds, int questionsPerMinute,
                               Path ledgerFile, Set<Long> admins) {

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(ledgerFile, "ledgerFile");
        admins = Set.copyOf(admins);
        if (token.isBlank()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN is empty");
        }
    }

    @Override
    public String toString() {
        return "TelegramSettings[url=" + url + ", admins=" + admins + ", token=(hidden)]";
    }
}
