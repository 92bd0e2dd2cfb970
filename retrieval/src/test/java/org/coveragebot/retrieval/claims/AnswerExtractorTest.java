package org.coveragebot.retrieval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.index.CoverageAnalyzer;
import org.coveragebot.retrieval.question.QuestionReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerExtractorTest {

    private final QuestionReader reader = new QuestionReader(new CoverageAnalyzer());
    private final AnswerExtractor extractor = new AnswerExtractor(reader);

    private String answer(String question, String sentence) {
        return extractor.answer(reader.read(question), sentence).map(Value::text).orElse("-");
    }

    @ParameterizedTest(name = "\"{1}\" answers \"{0}\" with {2}")
    @CsvSource(delimiter = '|', value = {
            "How many people were killed in the shooting?|Two people were killed and five others wounded early Sunday.|Two",
            "How many people were injured in the shooting?|Two people were killed and five others wounded early Sunday.|five",
            "How many people were wounded?|A shooting left one dead and 3 other people wounded in east Las Vegas.|3",
            "How many people were killed?|A shooting left one dead and 3 other people wounded in east Las Vegas.|one",
            "How many people were killed?|Police said the gunman, 20, shot six people, killing two, at 11:30 p.m.|two",
            "How many people were injured?|Six people were shot, two fatally, on the 200 block of Main Street.|-",
            "How many people were evacuated?|About 12,000 residents were evacuated from the valley below the dam.|12,000",
            "How much aid did Biden announce?|Biden announced $375 million in aid.|$375 million",
            "How much aid did Biden announce?|Biden announced more aid.|-",
            "When was the dam built?|The dam, built in 1958, holds back the river.|1958",
            "When was the dam built?|The dam was finished on 2023-01-09 after years of delay.|2023-01-09",
            "How long did the battle last?|It was a battle that lasted nine months, the longest of the war.|nine months",
            "Which airline grounded its jets?|Grounding jets is costly for airlines.|-",
            "Which airline grounded its jets?|Alaska Airlines grounded its jets on Saturday.|Alaska Airlines",
            "Who saw the plane fall?|Eyewitnesses said the plane fell from the sky.|-",
            "Who saw the plane fall?|A farmer, Maria Lopez, saw it fall.|Maria Lopez",
            "Who leads the Wagner group?|Wagner boss Yevgeny Prigozhin said the city had fallen.|Yevgeny Prigozhin",
            "What is the population of Bakhmut?|Bakhmut had a pre-war population of 80,000 and was an industrial centre.|80,000",
            "When was the game released?|It was released on the Wii U and the Nintendo Switch, worldwide, on March 3, 2017.|March 3, 2017",
            "When was the game released?|The game was launched on May 15, 2012 in North America.|May 15, 2012",
            "What was Bakhmut called in Soviet times?|Named Artemovsk after a revolutionary, the city makes wine.|Artemovsk",
            "Who won the French presidential election?|May 7, 2017 ... Voters in France chose Emmanuel Macron as president.|Emmanuel Macron",
            "How many hate crimes were reported?|Police reported 41 hate crimes last year.|41",
            "Where did the planes collide?|A jet collided with a small plane on the runway at Kestrel Airport on Tuesday.|Kestrel Airport",
            "Which state did the senator visit first?|The senator visited Ohio first, then flew home.|Ohio",
            "Which state did the senator visit first?|The senator first visited Columbus, Ohio, then flew home.|Columbus, Ohio",
            "Which state did the senator visit first?|A poll has Biden and Trump level, with the senator far behind.|-",
            "Which region of the US was flooded this week?|Storms will flood the western U.S. in coming days.|-",
            "Which European nation voted to protect the right?|Voters in California and Vermont also approved the right.|-",
            "Which European nation voted to protect the right?|Voters in France also approved the right.|France",
            "Which state was sued over the law?|Mexico was sued over the law, and so was Texas.|Texas",
            "Which country was sued over the law?|The law was challenged in Georgia last year.|Georgia"})
    void should_give_the_value_that_answers_next_to_the_questions_words(String question, String sentence, String expected) {
        assertEquals(expected, answer(question, sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "How many people were killed?|A 20-year-old man was killed on Sunday.|-",
            "How many people were killed?|Edwards, 69, was killed at 7 a.m. on Route 9.|-",
            "How many people were injured?|The victims were taken to four different hospitals.|-",
            "How many people were injured?|Two remain hospitalized in critical condition.|-",
            "How many people were injured?|Two ran into the store. No one was injured inside.|-",
            "How many hate crimes were reported?|HATE CRIMES: Man who made 160 racist calls is sentenced.|-"})
    void should_not_take_an_age_a_time_or_a_road_for_a_count(String question, String sentence, String expected) {
        assertEquals(Optional.of(expected).get(), answer(question, sentence));
    }
}
