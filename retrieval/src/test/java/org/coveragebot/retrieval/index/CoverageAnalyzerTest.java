package org.coveragebot.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.coveragebot.retrieval.question.QuestionReader;
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

    @Test
    void should_make_g7_g_7_and_possessives_one_term() {
        assertEquals(reader.analyse("G7"), reader.analyse("G-7"));
        assertEquals(reader.analyse("G7"), reader.analyse("G7\u2019s"));
        assertEquals(reader.analyse("G7"), reader.analyse("G7's"));
        assertEquals(reader.analyse("F16 jets"), reader.analyse("F-16 jets"));
        assertNotEquals(reader.analyse("G7"), reader.analyse("G8"));
    }

    @Test
    void should_make_dotted_and_plain_acronyms_one_term_and_keep_decimals() {
        assertEquals(reader.analyse("US Open"), reader.analyse("U.S. Open"));
        assertEquals(List.of("3.5"), reader.analyse("3.5"));
    }

    @Test
    void should_fold_accents_and_quote_marks() {
        assertEquals(reader.analyse("Pogacar"), reader.analyse("Poga\u010dar"));
        assertEquals(reader.analyse("Zelensky's"), reader.analyse("Zelensky\u2019s"));
    }
}
