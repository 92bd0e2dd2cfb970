package org.coveragebot.retrieval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleMetadata;
import org.coveragebot.retrieval.text.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who an article says said what. */
class AttributionTest {

    /** An article of these paragraphs. */
    private static Article article(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<TextSpan> body = new ArrayList<>();
        int at = 0;
        for (String paragraph : paragraphs) {
            body.add(new TextSpan(at, at + paragraph.length()));
            at += paragraph.length() + 2;
        }
        return new Article("a.txt", text, body, ArticleMetadata.UNKNOWN, "h");
    }

    private static Optional<String> speakerOf(Article article, String words) {
        int at = article.text().indexOf(words);
        return Attribution.speaker(article, new TextSpan(at, at + words.length()));
    }

    @Test
    void should_resolve_a_pronoun_to_the_speaker_named_before() {
        Article article = article("Ukraine's deputy defence minister Hanna Maliar said fighting went on in the suburbs.",
                "\u201cOur troops still control a small part of the city,\u201d she said on Telegram.");
        assertEquals(Optional.of("Hanna Maliar"), speakerOf(article, "Our troops still control a small part of the city"));
    }

    @Test
    void should_resolve_a_bare_role_to_the_name_that_holds_it() {
        Article article = article("Russia\u2019s Defense Ministry reported that Wagner troops had taken the city.",
                "Using the city\u2019s Soviet-era name, the ministry said: \u201cThe liberation of Artemovsk is complete.\u201d");
        assertEquals(Optional.of("Russia\u2019s Defense Ministry"), speakerOf(article, "The liberation of Artemovsk is complete."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Prigozhin claimed that his forces had fully captured Bakhmut.|his forces had fully captured|Prigozhin",
            "\u201cWe will hold the line,\u201d said Gen. Oleksandr Syrskyi, the ground forces commander.|We will hold the line|Oleksandr Syrskyi",
            "The union will sit out the election, UMWA official Phil Smith told POLITICO.|sit out the election|Phil Smith",
            "Foreign companies may donate, according to election lawyer Charlie Spies.|Foreign companies may donate|Charlie Spies",
            "Ryan and Trump will meet next week, Spicer said, adding that talks would follow.|talks would follow|Spicer",
            "“That is treason,” said Cruz constituent Dan Golvach when asked about the senator.|That is treason|Dan Golvach",
            "“The barrier is overcome,” declared Muming Poo of the Chinese Academy of Sciences.|The barrier is overcome|Muming Poo",
            "Speaker Dana Price on Tuesday demanded the resignation of Transport Secretary Leon Marsh and warned of impeachment proceedings.|impeachment proceedings|Dana Price"})
    void should_name_the_speaker_of_each_form_of_attribution(String sentence, String words, String speaker) {
        assertEquals(Optional.of(speaker), speakerOf(article(sentence), words));
    }

    @Test
    void should_give_the_outlets_own_narration_no_speaker() {
        Article article = article("Biden announced an additional $375 million in aid to Ukraine on Sunday.",
                "The eight-month battle over Bakhmut is the longest of the war.");
        assertEquals(Optional.empty(), speakerOf(article, "$375 million in aid"));
        assertEquals(Optional.empty(), speakerOf(article, "longest of the war"));
    }

    @Test
    void should_not_take_a_name_given_to_a_thing_for_a_speaker() {
        Article article = article("Fans will flock to the band's new festival, called Mondegreen, in the woods of Dover.");
        assertEquals(Optional.empty(), speakerOf(article, "flock to the band's new festival"));
    }

    @Test
    void should_not_take_the_one_accused_for_a_speaker() {
        Article article = article("The Pulse Watch was banned after two companies, Masimo and Cercacor, accused Pulse of "
                + "infringing on its patent.");
        assertEquals(Optional.empty(), speakerOf(article, "The Pulse Watch was banned"));
    }

    @Test
    void should_name_the_one_whose_colleagues_speak_with_them() {
        Article article = article("Dr. Adam Gaffney of Harvard led the study, which Rita Soto reviewed.",
                "Gaffney and his co-authors said in the study that several factors underlie the finding.");
        assertEquals(Optional.of("Adam Gaffney"), speakerOf(article, "several factors underlie the finding"));
        Article aides = article("Senator Dana Price flew to Ohio on Monday.", "His aides said the trip would last a week.");
        assertEquals(Optional.of("Dana Price's aides"), speakerOf(aides, "the trip would last a week"));
    }

    @Test
    void should_not_join_a_name_to_the_word_ending_the_sentence_before() {
        Article article = article("Jason and Travis Kelce roomed together at the University of Cincinnati.",
                "Jason laughed about those years on the show.", "During the episode, Jason said his brother, a tight end, moved in with him after he was suspended.");
        assertEquals(Optional.of("Jason"), speakerOf(article, "During the episode, Jason said his brother, a tight end, "
                + "moved in with him after he was suspended."));
    }

    @Test
    void should_resolve_a_role_to_a_name_within_its_line() {
        Article article = article("Gun salutes were fired in central London near Buckingham Palace.",
                "Philip went into the hospital last week and is progressing well, the palace said.");
        assertEquals(Optional.of("Buckingham Palace"), speakerOf(article, "is progressing well"));
    }

    @Test
    void should_tell_whose_words_they_are_in_a_sentence_with_two_speakers() {
        Article article = article("Rubio suggested that no candidate could win, while Cruz said that the stakes were too high.");
        assertEquals(Optional.of("Cruz"), speakerOf(article, "the stakes were too high"));
        assertEquals(Optional.of("Rubio"), speakerOf(article, "no candidate could win"));
    }
}
