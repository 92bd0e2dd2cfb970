package org.coveragebot.retrieval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text, new TextSpan(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void should_split_at_full_stops_before_capitals() {
        assertEquals(List.of("Russia claimed the city on Saturday after months of fighting.",
                        "Ukraine said the fighting for Bakhmut continued through the night."),
                sentences("Russia claimed the city on Saturday after months of fighting. "
                        + "Ukraine said the fighting for Bakhmut continued through the night."));
    }

    @Test
    void should_not_split_after_titles_initials_or_abbreviations_inside_a_sentence() {
        String text = "Gen. Mark Milley met Robert F. Kennedy Jr. in Washington, D.C. on Jan. 5 at 10 a.m. ET "
                + "to discuss the U.S. role.";
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void should_split_after_an_abbreviation_when_a_new_sentence_plainly_starts() {
        assertEquals(List.of("The aid package was the largest ever sent by the U.S.",
                        "The Kremlin called it a provocation and promised a response."),
                sentences("The aid package was the largest ever sent by the U.S. "
                        + "The Kremlin called it a provocation and promised a response."));
    }

    @Test
    void should_split_sentences_run_together_without_a_space() {
        assertEquals(List.of("Two people were killed in a shooting early Thursday.",
                        "The four were shot about 12:10 a.m. in the 8000 block of South Shore Drive."),
                sentences("Two people were killed in a shooting early Thursday.The four were shot about 12:10 a.m. "
                        + "in the 8000 block of South Shore Drive."));
        String kept = "Reporters from CNN.com and the U.S.Army base in St.Louis said nothing of it.";
        assertEquals(List.of(kept), sentences(kept));
    }

    @Test
    void should_keep_closing_quotes_with_their_sentence() {
        assertEquals(List.of("\u201cFor today, Bakhmut is only in our hearts,\u201d he said to reporters in Japan.",
                        "\u201cThere is nothing in this place, nothing at all left standing.\u201d"),
                sentences("\u201cFor today, Bakhmut is only in our hearts,\u201d he said to reporters in Japan. "
                        + "\u201cThere is nothing in this place, nothing at all left standing.\u201d"));
    }

    @Test
    void should_join_short_fragments_to_the_sentence_that_follows() {
        assertEquals(List.of("Maxwell Award Recipients. Since 1937, the award has gone to the best player in college football."),
                sentences("Maxwell Award Recipients. Since 1937, the award has gone to the best player in college football."));
    }

    @Test
    void should_give_offsets_that_point_at_the_sentence_text() {
        String text = "  First sentence of the paragraph, long enough to stand alone. Second one follows here, also long enough.  ";
        for (TextSpan span : SentenceSplitter.split(text, new TextSpan(0, text.length()))) {
            String sentence = span.of(text);
            assertEquals(sentence.strip(), sentence);
        }
    }
}
