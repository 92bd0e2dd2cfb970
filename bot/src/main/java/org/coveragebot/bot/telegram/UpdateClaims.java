package org.coveragebot.bot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Which updates are being or have been handled, so that none is answered twice: by this process alone
 * (the {@link UpdateLedger}, long polling), or by every replica together (webhook mode with Redis). And,
 * so that none is lost, which were taken and never answered.
 */
public interface UpdateClaims {

    /** Claims a received update for this replica; false when it was handled or is being handled already. */
    boolean accept(Update update);

    /** The update is answered (or can never be). */
    void handled(int updateId);

    /** The update could not be answered now: it becomes overdue, to be tried again. */
    void abandoned(int updateId);

    /**
     * Updates taken and never answered — received before a restart, abandoned for now, or (across replicas)
     * taken by a replica that stopped — now this replica's to handle.
     */
    List<Update> overdue();
}
