package org.coveragebot.retrieval.question;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question as the searcher sees it.
 *
 * @param text      the question as asked
 * @param terms     its analysed (stemmed, stop-word-free) terms, each once, in order
 * @param answerType what kind of value it asks for
 * @param askedWords lower-case surface words of the question, to tell new values from echoed ones
 * @param focus     analysed terms of the thing a which/what question asks to name ("which comedian"):
 *                  a sentence about "the comedian" names it in the sentence before
 * @param subject   the names and the day the answer must be about
 * @param anchors   analysed terms the answer should stand next to: the question's own words beside the
 *                  subject's, and the words news uses for the same measure ("killed": dead, died, fatally)
 * @param asksWhoSaid "Who said that …?": the answer is the speaker of the words, not a name among them
 * @param counted   for "how many": analysed terms of what is counted ("hate crimes"; "people" with the words
 *                  news counts people by: victims, others, residents …); empty otherwise
 * @param aboutNow  it asks about the present state of the story ("this week", "the latest", "recently", "now"),
 *                  not about a day or a year it names
 */
public record Question(String text, List<String> terms, AnswerType answerType, Set<String> askedWords,
                       Set<String> focus, Subject subject, Set<String> anchors, boolean asksWhoSaid,
                       Set<String> counted, boolean aboutNow) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(answerType, "answerType");
        Objects.requireNonNull(subject, "subject");
        terms = List.copyOf(terms);
        askedWords = Set.copyOf(askedWords);
        focus = Set.copyOf(focus);
        anchors = Set.copyOf(anchors);
        counted = Set.copyOf(counted);
    }
}
