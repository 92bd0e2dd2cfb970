package org.coveragebot.bot.telegram;

import java.util.Objects;

/** Who the bot is on Telegram: its user id and @username (without the @). */
public record BotIdentity(long id, String username) {

    public BotIdentity {
        Objects.requireNonNull(username, "username");
    }
}
