package org.coveragebot.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coveragebot.retrieval.index.CoverageAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceRankerTest {

    private final QuestionReader reader = new QuestionReader(new CoverageAnalyzer());

    @ParameterizedTest(name = "\"{1}\" names a candidate for \"{0}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "Who saw the plane fall?|Eyewitnesses said the plane fell from the sky.|false",
            "Who saw the plane fall?|Maria Lopez saw the plane fall from the sky.|true",
            "Who saw the plane fall?|A farmer, Maria Lopez, saw it fall.|true",
            "Which airline grounded its jets?|Grounding jets is costly for airlines.|false",
            "Which airline grounded its jets?|Alaska Airlines grounded its jets on Saturday.|true",
            "How much aid did Biden announce?|Biden announced $375 million in aid.|true",
            "How much aid did Biden announce?|Biden announced more aid.|false"})
    void should_count_only_values_of_the_asked_kind_that_the_question_does_not_state(String question, String sentence,
                                                                                     boolean states) {
        assertEquals(states, SentenceRanker.statesAskedKind(reader.read(question), sentence));
    }
}
