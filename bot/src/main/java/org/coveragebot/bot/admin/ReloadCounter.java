package org.coveragebot.bot.admin;

import java.util.OptionalLong;

/**
 * How many reloads the replicas sharing one coverage have done, kept where all of them see it: a replica
 * that finds the count risen reloads too, so an admin's reload reaches every replica.
 */
public interface ReloadCounter {

    /** One machine: nothing to share. */
    ReloadCounter NONE = new ReloadCounter() {
        @Override
        public OptionalLong counted() {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong current() {
            return OptionalLong.empty();
        }
    };

    /** Counts a reload this replica has done: the new count, or empty when the count cannot be reached. */
    OptionalLong counted();

    /** The count now, or empty when it cannot be reached. */
    OptionalLong current();
}
