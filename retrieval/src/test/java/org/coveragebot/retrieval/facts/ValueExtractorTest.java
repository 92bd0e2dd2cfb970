package org.coveragebot.retrieval.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueExtractorTest {

    private static List<String> values(String sentence, ValueKind kind) {
        return ValueExtractor.extract(sentence).stream().filter(v -> v.kind() == kind).map(Value::text).toList();
    }

    @Test
    void should_read_money_with_its_scale() {
        Value aid = ValueExtractor.extract("Biden announced an additional $375 million in aid.").get(1);
        assertEquals("$375 million", aid.text());
        assertEquals(375e6, aid.number());
        assertEquals(List.of("$10.4 billion"), values("Tesla reported revenue of $10.4 billion in the quarter.", ValueKind.MONEY));
    }

    @Test
    void should_read_percentages_dates_and_counts() {
        assertEquals(List.of("19%"), values("Only 19% of adults have had the latest shot.", ValueKind.PERCENT));
        assertEquals(List.of("July 21, 2017"), values("Splatoon 2 was released on July 21, 2017 worldwide.", ValueKind.DATE));
        assertEquals(List.of("eight-month"), values("The eight-month battle was the longest of the war.", ValueKind.NUMBER));
    }

    @Test
    void should_read_names_without_the_function_word_that_starts_a_sentence() {
        assertEquals(List.of("Tampa, Florida", "Raymond James Stadium"),
                values("The game was played in Tampa, Florida at Raymond James Stadium.", ValueKind.NAME));
    }

    @Test
    void should_end_a_name_where_its_sentence_ends() {
        assertEquals(List.of("Rafael Nadal", "Novak Djokovic", "US Open", "Nadal"),
                values("Rafael Nadal beat Novak Djokovic to win the 2021 US Open. Nadal said it was his best title.",
                        ValueKind.NAME));
        assertEquals(List.of("Robert F. Kennedy Jr", "Washington"),
                values("Robert F. Kennedy Jr. spoke in Washington.", ValueKind.NAME));
    }

    @Test
    void should_mark_hedged_figures() {
        assertEquals(true, ValueExtractor.extract("They blacklisted about 70 Russians.").stream()
                .filter(v -> v.kind() == ValueKind.NUMBER).findFirst().orElseThrow().hedged());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "The bridge will open to traffic in May next year.|true",
            "Bars may start serving at 8 a.m. on weekends.|true",
            "The band split up three years ago.|true",
            "It is best to book in the winter.|true",
            "Polls closed on Sunday.|true",
            "Fans still argue about why the band split up.|false",
            "The festival may move to a bigger field.|false"})
    void should_tell_whether_a_sentence_says_when(String sentence, boolean saysWhen) {
        assertEquals(saysWhen, !ValueExtractor.times(sentence).isEmpty(), sentence);
    }

    @Test
    void should_tell_a_count_without_a_figure() {
        assertEquals(true, ValueExtractor.mentionsRoughCount("Both sides suffered casualties numbering in the thousands."));
        assertEquals(false, ValueExtractor.mentionsRoughCount("Both sides suffered heavy casualties."));
    }
}
