package org.coveragebot.bot.conversation;

import java.util.List;

/**
 * Where each conversation's last turns are kept, for follow-ups: this process's memory by default, or a
 * store that several bot replicas share, so that any replica resolves any chat's follow-up.
 */
public interface ConversationStore {

    /** The last turns kept of a conversation. */
    int TURNS_KEPT = 3;

    /** The turns of {@code conversation}, oldest first; empty when new or expired. */
    List<Turn> turns(String conversation);

    /** Adds a turn, keeping the last {@link #TURNS_KEPT}. */
    void add(String conversation, Turn turn);

    /** Forgets a conversation ({@code /new}). */
    void forget(String conversation);
}
