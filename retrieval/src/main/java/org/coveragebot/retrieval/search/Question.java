package org.coveragebot.retrieval.search;

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
 */
public record Question(String text, List<String> terms, AnswerType answerType, Set<String> askedWords,
                       Set<String> focus) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(answerType, "answerType");
        terms = List.copyOf(terms);
        askedWords = Set.copyOf(askedWords);
        focus = Set.copyOf(focus);
    }
}
