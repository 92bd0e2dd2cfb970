package org.coveragebot.retrieval.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.question.QuestionReader;

/**
 * What is read from one sentence whatever the question: its analysed words, and the values it states
 * (read when first asked for: most candidates are never scored that closely). Reading them is most of the
 * work of ranking a candidate, so a caller may keep a reading for the next question; it is safe to share.
 */
public final class SentenceReading {

    private final String text;
    private final List<QuestionReader.Token> tokens;
    private final Set<String> terms;
    /** Null until first asked for; computed again at worst when two threads ask at once (it is a pure function). */
    private volatile List<Value> values;

    private SentenceReading(String text, List<QuestionReader.Token> tokens) {
        this.text = Objects.requireNonNull(text, "text");
        this.tokens = List.copyOf(tokens);
        Set<String> words = new LinkedHashSet<>();
        for (QuestionReader.Token token : tokens) {
            words.add(token.term());
        }
        this.terms = Set.copyOf(words);
    }

    /** Reads {@code text}'s words. */
    public static SentenceReading of(QuestionReader reader, String text) {
        return new SentenceReading(text, reader.tokens(text));
    }

    public String text() {
        return text;
    }

    /** The analysed words with their offsets. */
    public List<QuestionReader.Token> tokens() {
        return tokens;
    }

    /** The distinct analysed words. */
    public Set<String> terms() {
        return terms;
    }

    /** The values the sentence states (amounts, counts, dates, names), in order. */
    public List<Value> values() {
        List<Value> read = values;
        if (read == null) {
            read = List.copyOf(ValueExtractor.extract(text));
            values = read;
        }
        return read;
    }
}
