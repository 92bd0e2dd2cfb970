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
            "Which US state banned the pesticide first?|PLACE",
            "Which island nation elected a new leader?|PLACE",
            "Which Senate official resigned on Friday?|PERSON",
            "Which of the following players scored twice?|PERSON",
            "Which regional airline cancelled its flights?|ORGANISATION",
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

    private String required(String question) {
        return reader.read(question).subject().names().stream().filter(name -> !name.optional())
                .map(Subject.Name::text).collect(java.util.stream.Collectors.joining(" + "));
    }

    @ParameterizedTest(name = "{0} is about {1}")
    @CsvSource(delimiter = '|', value = {
            "What is the population of Kramatorsk?|Kramatorsk",
            "How many people were killed in the shooting in Augusta, Georgia on May 23, 2014?|Augusta",
            "when was The Legend of Zelda: Breath of the Wild released?|Breath of the Wild",
            "What did the Republican candidate say about taxes?|''",
            "The number of female drinkers of which beer has risen by 24% year-on-year?|24%",
            "Insulin makers cut prices by how much?|''",
            "Which US Cabinet official is facing impeachment proceedings in the House?|House",
            "Which Delaware runners broke state records in Washington Heights?|Delaware + Washington Heights",
            "A magnitude 7.1 earthquake struck which region of Chile?|7.1 + Chile",
            "When was Python 3.12 released?|Python"})
    void should_read_the_names_an_answer_must_speak_of(String question, String names) {
        assertEquals(names, required(question));
    }

    @org.junit.jupiter.api.Test
    void should_read_the_day_a_question_asks_about() {
        assertEquals(java.util.Optional.of(new Subject.AskedDay(2014, 5, 23)),
                reader.read("How many people were killed in the shooting in Augusta, Georgia on May 23, 2014?").subject().day());
        assertEquals(java.util.Optional.empty(), reader.read("How much aid did Biden announce?").subject().day());
    }

    @org.junit.jupiter.api.Test
    void should_take_a_place_and_its_people_for_one_subject() {
        String france = reader.analyse("France").get(0);
        assertEquals(true, reader.kin(reader.analyse("French").get(0)).contains(france));
        assertEquals(true, reader.kin(reader.analyse("Ukrainian").get(0)).contains(reader.analyse("Ukraine").get(0)));
        assertEquals(Set.of(reader.analyse("Bakhmut").get(0)), reader.kin(reader.analyse("Bakhmut").get(0)));
    }

    @org.junit.jupiter.api.Test
    void should_take_america_and_the_us_for_one_country() {
        String us = reader.analyse("U.S.").get(0);
        assertEquals(true, reader.kin(reader.analyse("America").get(0)).contains(us));
        assertEquals(true, reader.kin(reader.analyse("Britain").get(0)).contains(reader.analyse("UK").get(0)));
    }

    @org.junit.jupiter.api.Test
    void should_not_take_a_possessive_ending_for_a_word() {
        assertEquals(java.util.List.of("won", "harbor", "festiv").size(),
                reader.read("Who won at this week's harbor festival?").terms().size(),
                () -> reader.read("Who won at this week's harbor festival?").terms().toString());
    }

    @ParameterizedTest(name = "{0} asks about the present: {1}")
    @CsvSource(delimiter = '|', value = {
            "What is the latest death toll?|true",
            "Which school won the final this week?|true",
            "Who has recently joined the board?|true",
            "What is the name of the newest cancer drug?|true",
            "What is the most recent figure?|true",
            "Who said that \"now is the time to act\"?|false",
            "What did the mayor mean by \"the new normal\"?|false",
            "What did New York's mayor announce in 2019?|false"})
    void should_tell_a_question_about_the_present(String question, boolean now) {
        assertEquals(now, reader.read(question).aboutNow());
    }
}
