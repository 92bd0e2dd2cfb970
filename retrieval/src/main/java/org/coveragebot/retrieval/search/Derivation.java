package org.coveragebot.retrieval.search;

import java.util.Set;

/**
 * Words of one family that the stemmer leaves apart: "producing" (produc) and "production" (product),
 * "skating" (skate) and "skater", "injured" (injur) and "injuries" (injuri). Two analysed terms meet when
 * one begins with the other, or both with the same five letters or more making up nearly all of the
 * shorter one. Counted at a discount by the ranker: "state" also begins "statement".
 */
final class Derivation {

    /** The shortest stem two terms must share. */
    static final int MIN_SHARED = 5;
    /** The share of the shorter term the shared stem must cover. */
    static final double MIN_COVER = 0.8;

    private Derivation() {
    }

    /** Does any of {@code terms} meet {@code term} as another form of its word? */
    static boolean meets(String term, Set<String> terms) {
        if (term.length() < MIN_SHARED || !term.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String other : terms) {
            if (!other.equals(term) && related(term, other)) {
                return true;
            }
        }
        return false;
    }

    static boolean related(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < MIN_SHARED) {
            return false;
        }
        int shared = 0;
        while (shared < shorter && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        return shared >= MIN_SHARED && shared >= MIN_COVER * shorter;
    }
}
