package org.coveragebot.retrieval.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.coveragebot.retrieval.index.CoverageAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionReaderTest {

    private final QuestionReader reader = new QuestionReader(new CoverageAnalyzer());

    @ParameterizedTest(name = "{0} asks for {1}")
    @CsvSource(delimiter = '|', value = {
            "How many soldiers were killed?|COUNT",
            "What is the number of people displaced by the floods?|COUNT",
            "Which movie won a number of the major categories at the awards?|NAME",
            "The number of visitors to which museum has risen by 24%?|NAME",
            "How much aid did Biden announce?|MONEY",
            "What percentage of adults got the vaccine?|PERCENT",
            "Who won the election?|PERSON",
            "Which comedian will host the show?|PERSON",
            "Which county saw the most damage?|PLACE",
            "When will the bridge open?|DATE",
            "What is the premiere date of the new season?|DATE"})
    void should_tell_what_kind_of_answer_a_question_wants(String question, AnswerType expected) {
        assertEquals(expected, reader.read(question).answerType());
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "Which comedian announced he will return to late-night TV?|comedian",
            "Which of the following politicians is not a candidate?|politicians",
            "Which US Cabinet official is facing impeachment?|US Cabinet official",
            "Which school won the championship this week?|school",
            "Which automaker recalled 112,000 vehicles?|automaker",
            "Which country recently launched a mission to the moon?|country",
            "What is the name of the new cookie?|''",
            "Who won the election?|''"})
    void should_find_the_thing_a_which_question_asks_to_name(String question, String focus) {
        assertEquals(Set.copyOf(reader.analyse(focus)), reader.read(question).focus());
    }
}
