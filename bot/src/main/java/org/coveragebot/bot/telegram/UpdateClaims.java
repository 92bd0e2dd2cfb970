package org.coveragebot.bot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Which updates are being or have been handled, so that none is answered twice: by this process alone
 * (the {@link UpdateLedger}, long polling), or by every replica together (webhook mode with Redis).
 */
public interface UpdateClaims {

    /** Claims a received update for this replica; false when it was handled or is being handled already. */
    boolean accept(Update update);

    /** The update is answered (or can never be). */
    void handled(int updateId);

    /** The update could not be answered now. */
    void abandoned(int updateId);
}
