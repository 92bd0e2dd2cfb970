package org.coveragebot.retrieval.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicPhraseTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "How much aid did Biden announce?|how much aid Biden announced",
            "When was the dam built?|when the dam was built",
            "How many people were evacuated?|how many people were evacuated",
            "What is the population of Kramatorsk?|what the population of Kramatorsk is",
            "Who leads the Wagner group?|who leads the Wagner group",
            "How many people did the gunman kill?|how many people the gunman killed",
            "What did Zelensky say about Bakhmut?|what Zelensky said about Bakhmut"})
    void should_turn_a_question_into_the_clause_a_note_needs(String question, String clause) {
        assertEquals(clause, TopicPhrase.of(question));
    }
}
