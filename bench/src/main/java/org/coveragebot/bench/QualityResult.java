package org.coveragebot.bench;

/**
 * One system on one eval set.
 *
 * @param buildSeconds   reading, splitting and embedding the set's articles
 * @param chatRule       score.py under the chat rule (what a chat user is shown)
 * @param limitsRaised   score.py with the quote limits lifted
 * @param recall         share of scored questions whose gold stands in the top 1, 3 and 10 retrieved units
 * @param msPerQuestion  mean answer time
 * @param parts          the chat rule on each part of the set (its halves; answerable and unanswerable questions)
 */
record QualityResult(String set, String system, double buildSeconds, Scorer.Score chatRule, Scorer.Score limitsRaised,
                     double[] recall, double msPerQuestion, java.util.Map<String, Scorer.Score> parts) {

    static final int[] RECALL_AT = {1, 3, 10};
}
