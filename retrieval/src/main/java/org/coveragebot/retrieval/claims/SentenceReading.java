package org.coveragebot.retrieval.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.question.QuestionReader;

/**
 * What is read from one sentence whatever the question: its analysed words and the values it states.
 * Reading them is most of the work of ranking a candidate, so a caller may keep them for the next question.
 */
public record SentenceReading(String text, List<QuestionReader.Token> tokens, Set<String> terms, List<Value> values) {

    public SentenceReading {
        tokens = List.copyOf(tokens);
        terms = Set.copyOf(terms);
        values = List.copyOf(values);
    }

    /** Reads {@code text} once. */
    public static SentenceReading of(QuestionReader reader, String text) {
        List<QuestionReader.Token> tokens = reader.tokens(text);
        Set<String> terms = new LinkedHashSet<>();
        for (QuestionReader.Token token : tokens) {
            terms.add(token.term());
        }
        return new SentenceReading(text, tokens, terms, ValueExtractor.extract(text));
    }
}
