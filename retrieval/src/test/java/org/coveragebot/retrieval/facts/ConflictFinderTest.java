package org.coveragebot.retrieval.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictFinderTest {

    private static List<Conflict> between(String a, String b) {
        return ConflictFinder.find(List.of(a, b), List.of("one.txt", "two.txt"));
    }

    @Test
    void should_find_different_amounts_in_the_same_statement() {
        List<Conflict> conflicts = between(
                "Zelensky\u2019s comments about Bakhmut came as Biden announced an additional $357 million in aid for Ukraine, "
                        + "including more ammunition, artillery, and vehicles.",
                "Zelenskyy\u2019s comments came as Biden announced an additional $375 million in aid to Ukraine, "
                        + "including more ammunition, artillery and vehicles.");
        assertEquals(1, conflicts.size());
        assertEquals("$357 million", conflicts.get(0).firstValue().text());
        assertEquals("$375 million", conflicts.get(0).secondValue().text());
        assertTrue(conflicts.get(0).topic().contains("Biden announced an additional \u2026 in aid"), conflicts.get(0).topic());
    }

    @Test
    void should_find_different_places_names_and_dates() {
        assertEquals("Glendale, Arizona", between(
                "The game was played on February 7, 2021, at Raymond James Stadium in Tampa, Florida, the home stadium.",
                "The game was played on February 7, 2021, at Raymond James Stadium in Glendale, Arizona, the home stadium.")
                .get(0).secondValue().text());
        assertEquals("Apple", between("Facebook acquired Instagram in 2012 for $1 billion in cash and stock.",
                "Apple acquired Instagram in 2012 for $1 billion in cash and stock.").get(0).secondValue().text());
        assertEquals("May 1, 2002", between("The game was launched on May 15, 2012, for Windows and Mac.",
                "The game was launched on May 1, 2002, for Windows and Mac.").get(0).secondValue().text());
    }

    @Test
    void should_not_take_spelling_variants_for_a_disagreement() {
        assertEquals(List.of(), between("\u201cFor today, Bakhmut is only in our hearts,\u201d Zelensky said on Sunday in Japan.",
                "\u201cFor today, Bachmut is only in our hearts,\u201d Zelenskyy said on Sunday in Japan."));
        assertEquals(List.of(), between("Tadej Pogačar won the Tour de France for the second year running.",
                "Tadej Pogacar won the Tour de France for the second year running."));
        assertEquals(List.of(), between("On Monday, United Airlines and Alaska Airlines said they found loose parts on jets.",
                "On Monday, United Airlines and Alaska Air said they found loose parts on jets."));
        assertEquals("New York Jets", between("The New York Giants won the game on Sunday by three points.",
                "The New York Jets won the game on Sunday by three points.").get(0).secondValue().text());
    }

    @Test
    void should_name_only_what_differs_between_two_names() {
        Conflict medals = between("After 19 days at the 2018 Winter Olympics in PyeongChang, South Korea, U.S. came out on top.",
                "After 19 days at the 2018 Winter Olympics in PyeongChang, South Korea, Norway came out on top.").get(0);
        assertEquals(List.of("U.S.", "Norway"), List.of(medals.firstValue().text(), medals.secondValue().text()));
        assertTrue(medals.topic().contains("South Korea, … came out"), medals.topic());
        Conflict title = between("Simona Halep Wins Wimbledon Women's Singles Title in straight sets on Saturday.",
                "Ashleigh Barty Wins Wimbledon Women's Singles Title in straight sets on Saturday.").get(0);
        assertEquals(List.of("Simona Halep", "Ashleigh Barty"), List.of(title.firstValue().text(), title.secondValue().text()));
        Conflict winner = between("The 2019 winner was Joe Burrow, Louisiana State University, by a record margin.",
                "The 2019 winner was Johnny Manziel, Louisiana State University, by a record margin.").get(0);
        assertEquals("Johnny Manziel", winner.secondValue().text());
        Conflict son = between("Joe Biden spoke to reporters at the White House on Monday.",
                "Hunter Biden spoke to reporters at the White House on Monday.").get(0);
        assertEquals(List.of("Joe Biden", "Hunter Biden"), List.of(son.firstValue().text(), son.secondValue().text()));
    }

    @Test
    void should_not_take_hedges_rounding_or_other_units_for_a_disagreement() {
        assertEquals(List.of(), between("The U.S. will blacklist about 70 Russians and entities involved in defense production.",
                "The U.S. will blacklist 72 Russians and entities involved in defense production."));
        assertEquals(List.of(), between("The front line now runs 55 kilometers east of the city, officials said.",
                "The front line now runs 34 miles east of the city, officials said."));
        assertEquals(List.of(), between("The city had 40,000 residents before the war began last year.",
                "The city had 39,800 residents before the war began last year."));
    }

    @Test
    void should_not_compare_statements_that_say_different_things() {
        assertEquals(List.of(), between("Russia claimed Bakhmut on May 20 after an eight-month battle.",
                "Biden met Zelensky in Hiroshima on May 21 to discuss fighter jets and training."));
    }

    @Test
    void should_not_compare_two_statements_of_one_article() {
        assertEquals(List.of(), ConflictFinder.find(List.of("Biden announced $375 million in aid to Ukraine on Sunday.",
                "Biden announced $357 million in aid to Ukraine on Sunday."), List.of("same.txt", "same.txt")));
    }
}
