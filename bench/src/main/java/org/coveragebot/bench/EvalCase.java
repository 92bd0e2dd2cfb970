package org.coveragebot.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One question of an eval set and the texts its answer must quote.
 *
 * @param chat     the conversation it belongs to
 * @param question the question as asked
 * @param scored   false for questions whose answer is not in the coverage (not counted)
 * @param gold     what must be quoted: every item, each item in one of its spellings (empty: nothing checked)
 */
public record EvalCase(String chat, String question, boolean scored, List<List<String>> gold) {

    public EvalCase {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(question, "question");
        gold = gold.stream().map(List::copyOf).toList();
    }

    /** Whether {@code texts} together hold every gold item in one of its spellings (case-insensitive). */
    public boolean heldIn(List<String> texts) {
        if (gold.isEmpty()) {
            return false;
        }
        String all = String.join("\n", texts).toLowerCase(Locale.ROOT);
        return gold.stream().allMatch(item -> item.stream().anyMatch(spelling -> all.contains(spelling.toLowerCase(Locale.ROOT))));
    }
}
