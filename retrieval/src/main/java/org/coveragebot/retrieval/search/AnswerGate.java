package org.coveragebot.retrieval.search;

import java.util.List;
import java.util.stream.Stream;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.question.AnswerType;
import org.coveragebot.retrieval.facts.ValueKind;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;

/**
 * Does the coverage answer the question at all? Only when one of the best few sentences says enough of it
 * (its words, or its meaning); for a question asking for a sum, a count, a share, a duration, a time or
 * a name, only when a leading sentence that says most of the question gives such a value next to its words; for a
 * question about a year, only from articles of that year or that mention it. Otherwise the answer is that
 * the articles don't say — never a quote about something else.
 */
final class AnswerGate {

    /** Below this share of the question's (idf-weighted) terms, with weak semantic match, the coverage does not answer. */
    static final double MIN_COVERAGE = 0.5;
    /** ... unless the best sentence is this close in meaning. */
    static final double MIN_MEANING = 0.6;
    /** A sum, a number or a time answers only in a sentence saying this much of the question (of two words, both). */
    static final double MIN_TYPED_COVERAGE = 0.7;
    /** ... or this much, when the question names its subject (a place, a person, a day) and the candidate speaks of it. */
    static final double MIN_TYPED_COVERAGE_WITH_SUBJECT = 0.5;
    /**
     * ... and says this much of what the question says happened, besides whom it is about ("qualified for the
     * ballot"), in its words or close in meaning: a sentence naming the state a candidate was born in is no
     * answer to which state he qualified in first.
     */
    static final double MIN_PREDICATE = 0.3;
    /** The best few sentences checked: one of them must say enough of the question. */
    static final int GATE_CANDIDATES = 3;

    private AnswerGate() {
    }

    static boolean answers(Question question, List<RankedSentence> ranked) {
        return !ranked.isEmpty() && ranked.stream().limit(GATE_CANDIDATES).anyMatch(AnswerGate::saysEnough)
                && statesWhatIsAsked(question, ranked) && aboutTheYearAsked(question, ranked);
    }

    private static boolean saysEnough(RankedSentence best) {
        return best.coverage() >= MIN_COVERAGE || best.meaning() >= MIN_MEANING;
    }

    /**
     * A question that asks for a sum, a share, a number, a time or a name is answered only by a sentence that
     * says most of the question, some of what it asks happened, and gives such a value next to its words ("in
     * May" and "on Sunday" count as times, "in the thousands" as a count). An open question ("what is the
     * purpose of the referendum") still wants a sentence saying some of what it asks, besides whom it is about,
     * or one close in meaning: a sentence that only names the school district is no answer.
     */
    private static boolean statesWhatIsAsked(Question question, List<RankedSentence> ranked) {
        if (question.asksWhoSaid()) {
            return true;
        }
        if (question.answerType().valueKind() == null) {
            return leading(ranked).anyMatch(sentence -> sentence.meaning() >= MIN_MEANING
                    || sentence.predicate() >= MIN_PREDICATE);
        }
        boolean named = question.subject().day().isPresent()
                || question.subject().names().stream().anyMatch(name -> !name.optional());
        double least = named ? MIN_TYPED_COVERAGE_WITH_SUBJECT : MIN_TYPED_COVERAGE;
        return leading(ranked).anyMatch(sentence -> (sentence.meaning() >= MIN_MEANING
                || sentence.coverage() >= least && sentence.predicate() >= MIN_PREDICATE) && givesValue(question, sentence));
    }

    private static boolean givesValue(Question question, RankedSentence sentence) {
        return switch (question.answerType()) {
            case DATE -> sentence.answer() != null || SentenceRanker.saysWhen(question, sentence.text());
            case COUNT, NUMBER -> sentence.answer() != null || ValueExtractor.mentionsRoughCount(sentence.text());
            case PERSON, NAME, ORGANISATION -> sentence.answer() != null || namedBefore(question, sentence);
            // a where-answer is a place the sentence gives, not whatever the sentence before names
            case PLACE -> sentence.answer() != null;
            default -> sentence.answer() != null;
        };
    }

    /**
     * "Maria Lopez is back. The singer will return …": the sentence before names the one this one speaks of —
     * when this one refers back to it ("the singer", "she"); "a new storm pummels …" names no storm before.
     */
    private static boolean namedBefore(Question question, RankedSentence sentence) {
        if (sentence.previous() == null || !QuoteTrimming.refersBack(sentence.text())) {
            return false;
        }
        String previous = sentence.previous().of(sentence.article().text());
        return ValueExtractor.extract(previous).stream().anyMatch(value -> value.kind() == ValueKind.NAME
                && value.text().indexOf(' ') > 0 && !question.askedWords().containsAll(QuestionReader.surfaceWords(value.text())));
    }

    /**
     * A question about a year ("Who won the 2010 World Cup?") is answered only from articles of that year
     * or that mention it: quotes from coverage that never speaks of it are about something else.
     */
    private static boolean aboutTheYearAsked(Question question, List<RankedSentence> ranked) {
        List<String> years = ValueExtractor.years(question.text());
        return years.isEmpty() || leading(ranked).anyMatch(sentence -> years.stream().anyMatch(
                asked -> sentence.article().text().contains(asked) || sentence.article().metadata().publishedDate()
                        .filter(date -> asked.equals(String.valueOf(date.getYear()))).isPresent()));
    }

    /** The sentences an answer could quote: the first candidates within {@link QuoteSelection#RELATIVE_FLOOR} of the best. */
    static Stream<RankedSentence> leading(List<RankedSentence> ranked) {
        double floor = ranked.get(0).score() * QuoteSelection.RELATIVE_FLOOR;
        return ranked.stream().limit(Disagreements.CANDIDATES).filter(sentence -> sentence.score() >= floor);
    }
}
