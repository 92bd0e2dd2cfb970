package org.coveragebot.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coveragebot.retrieval.index.CoverageAnalyzer;
import org.coveragebot.retrieval.question.QuestionReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivationTest {

    private final QuestionReader reader = new QuestionReader(new CoverageAnalyzer());

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
            "producing, production, true",
            "skating, skater, true",
            "injured, injuries, true",
            "police, politics, false",
            "war, warning, false",
            "election, elections, false"})
    void should_meet_words_of_one_family_the_stemmer_leaves_apart(String asked, String written, boolean meets) {
        String term = reader.analyse(asked).get(0);
        String other = reader.analyse(written).get(0);
        assertEquals(meets, !term.equals(other) && Derivation.meets(term, java.util.Set.of(other)),
                term + " / " + other);
    }
}
