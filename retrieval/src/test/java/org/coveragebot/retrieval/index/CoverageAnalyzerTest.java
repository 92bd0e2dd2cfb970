package org.coveragebot.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.coveragebot.retrieval.search.QuestionReader;
import org.junit.jupiter.api.Test;

/** The words a question and an article have in common, as search sees them. */
class CoverageAnalyzerTest {

    private final QuestionReader reader = new QuestionReader(new CoverageAnalyzer());

    @Test
    void should_make_irregular_past_forms_meet_the_present_ones() {
        assertEquals(reader.analyse("wins leading bought children"), reader.analyse("won led buys child"));
        assertEquals(reader.analyse("paying"), reader.analyse("paid"), "the base word is stemmed like its other forms");
    }

    @Test
    void should_leave_forms_that_are_often_other_words_alone() {
        assertNotEquals(reader.analyse("leave"), reader.analyse("left"));
        assertNotEquals(reader.analyse("shoot"), reader.analyse("booster shot"));
        assertNotEquals(reader.analyse("lend"), reader.analyse("Lent"));
    }

    @Test
    void should_make_transliteration_variants_one_term() {
        assertEquals(List.of("zelenski", "bahmut"), reader.analyse("Zelensky Bakhmut"));
        assertEquals(reader.analyse("Zelenskyy Bachmut"), reader.analyse("Zelensky Bakhmut"));
    }
}
