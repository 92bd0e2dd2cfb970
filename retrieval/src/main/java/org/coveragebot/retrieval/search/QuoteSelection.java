package org.coveragebot.retrieval.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coveragebot.retrieval.question.Question;

/**
 * Picks the quotes: the best sentences above a floor, greedily, each further sentence from an article
 * already quoted counting a little less (so several outlets speak where they report the fact, without
 * losing a strong second sentence of the best article), within the quote and character budgets.
 */
final class QuoteSelection {

    /** Quotes in one answer, at most. */
    static final int MAX_QUOTES = 5;
    /** Each earlier quote from the same article lowers a candidate's score by this share. */
    static final double SAME_ARTICLE_DISCOUNT = 0.08;
    static final int MAX_PER_ARTICLE = 2;
    /** Characters of quoted text in one answer, at most: an answer is a chat message. */
    static final int MAX_QUOTED_CHARS = 1400;
    static final int MAX_QUOTE_CHARS = 380;
    /** A further quote must score at least this share of the best one. */
    static final double RELATIVE_FLOOR = 0.8;

    private QuoteSelection() {
    }

    /**
     * The quotes for a question: for one asking for a value, the sentences that give it come first, and the
     * best of them is quoted even when it ranks a little below the others (within {@link Disagreements#FLOOR}).
     */
    static List<RankedSentence> select(Question question, List<RankedSentence> ranked) {
        List<RankedSentence> chosen = new ArrayList<>(select(ranked));
        if (question.answerType().valueKind() == null || question.asksWhoSaid()) {
            return chosen;
        }
        double floor = ranked.get(0).score() * Disagreements.FLOOR;
        if (chosen.stream().noneMatch(quote -> quote.answer() != null)) {
            ranked.stream().limit(Disagreements.CANDIDATES).filter(candidate -> candidate.answer() != null
                    && candidate.score() >= floor).findFirst().ifPresent(answering -> {
                        if (chosen.size() >= MAX_QUOTES) {
                            chosen.remove(chosen.size() - 1);
                        }
                        chosen.add(answering);
                    });
        }
        chosen.sort(Comparator.comparing((RankedSentence quote) -> quote.answer() == null)
                .thenComparing(Comparator.comparingDouble(RankedSentence::score).reversed()));
        return chosen;
    }

    static List<RankedSentence> select(List<RankedSentence> ranked) {
        double floor = ranked.get(0).score() * RELATIVE_FLOOR;
        List<RankedSentence> pool = new ArrayList<>();
        for (RankedSentence candidate : ranked) {
            if (candidate.score() >= floor) {
                pool.add(candidate);
            }
        }
        List<RankedSentence> chosen = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        Map<String, Integer> perArticle = new HashMap<>();
        int chars = 0;
        while (chosen.size() < MAX_QUOTES) {
            RankedSentence best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (RankedSentence candidate : pool) {
                int already = perArticle.getOrDefault(candidate.article().id(), 0);
                int length = Math.min(candidate.span().length(), MAX_QUOTE_CHARS);
                if (already >= MAX_PER_ARTICLE || texts.contains(normalised(candidate.text()))
                        || (!chosen.isEmpty() && chars + length > MAX_QUOTED_CHARS)) {
                    continue;
                }
                double score = candidate.score() * (1 - SAME_ARTICLE_DISCOUNT * already);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            pool.remove(best);
            chosen.add(best);
            texts.add(normalised(best.text()));
            perArticle.merge(best.article().id(), 1, Integer::sum);
            chars += Math.min(best.span().length(), MAX_QUOTE_CHARS);
        }
        chosen.sort(Comparator.comparingDouble(RankedSentence::score).reversed());
        return chosen;
    }

    /** {@code quotes} with {@code sides} among them: the sides first, then the best others that still fit the budget. */
    static List<RankedSentence> withSides(List<RankedSentence> quotes, List<RankedSentence> sides, Question question) {
        List<RankedSentence> merged = new ArrayList<>(sides);
        int chars = 0;
        for (RankedSentence side : sides) {
            chars += Math.min(side.span().length(), MAX_QUOTE_CHARS);
        }
        for (RankedSentence other : quotes) {
            int length = Math.min(other.span().length(), MAX_QUOTE_CHARS);
            if (!merged.contains(other) && merged.size() < MAX_QUOTES + 1 && chars + length <= MAX_QUOTED_CHARS) {
                merged.add(other);
                chars += length;
            }
        }
        boolean typed = question.answerType().valueKind() != null && !question.asksWhoSaid();
        merged.sort(Comparator.comparing((RankedSentence quote) -> typed && quote.answer() == null)
                .thenComparing(Comparator.comparingDouble(RankedSentence::score).reversed()));
        return merged;
    }

    /**
     * Which quotes to leave out, weakest first, so that the rest add up to at most {@link #MAX_QUOTED_CHARS}:
     * an answer is a chat message. The best quote and the sides of a dispute stay.
     */
    static Set<Integer> overBudget(List<RankedSentence> quotes, List<org.coveragebot.retrieval.facts.Dispute> disputes) {
        int total = quotes.stream().mapToInt(quote -> quote.span().length()).sum();
        Set<Integer> sides = new HashSet<>();
        disputes.forEach(dispute -> dispute.sides().forEach(side -> sides.add(side.statement())));
        Set<Integer> dropped = new HashSet<>();
        for (int i = quotes.size() - 1; i >= 1 && total > MAX_QUOTED_CHARS; i--) {
            if (!sides.contains(i)) {
                total -= quotes.get(i).span().length();
                dropped.add(i);
            }
        }
        return dropped;
    }

    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
