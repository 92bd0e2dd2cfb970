package org.coveragebot.retrieval.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answers grouped by what they say, not by how they are worded. */
class AnswerGroupsTest {

    /** The answers of these sentences, one per article, each the first value of its kind in the sentence. */
    private static List<AnswerGroups.Answer> answers(ValueKind kind, String... datedSentences) {
        List<AnswerGroups.Answer> answers = new ArrayList<>();
        for (int i = 0; i < datedSentences.length; i++) {
            String[] dated = datedSentences[i].split("\\|", 2);
            String sentence = dated[1];
            Value value = ValueExtractor.extract(sentence).stream().filter(v -> v.kind() == kind).findFirst().orElseThrow();
            answers.add(new AnswerGroups.Answer(i, "article-" + i, value, sentence,
                    dated[0].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(dated[0]))));
        }
        return answers;
    }

    @Test
    void should_take_a_date_written_two_ways_for_one_answer() {
        assertEquals(Optional.empty(), AnswerGroups.dispute(answers(ValueKind.DATE,
                "|The dam was completed on 2023-01-09 after six years of work.",
                "|Work on the dam ended on January 9, 2023, officials said."), "when the dam was completed"));
    }

    @Test
    void should_find_a_disagreement_however_differently_the_sources_word_it() {
        Dispute dispute = AnswerGroups.dispute(answers(ValueKind.NUMBER,
                "2024-03-02|Authorities evacuated 21,000 people from the valley below the dam on Saturday.",
                "2024-03-02|About 12,000 residents had to leave their homes, the county said."), "how many people were evacuated")
                .orElseThrow();
        assertEquals(Dispute.Kind.CONFLICT, dispute.kind());
        assertEquals(List.of("21,000", "12,000"), dispute.sides().stream().map(s -> s.value().text()).toList());
        assertEquals("how many people were evacuated", dispute.topic());
    }

    @Test
    void should_give_an_update_in_date_order_when_a_later_report_revises_a_figure() {
        Dispute dispute = AnswerGroups.dispute(answers(ValueKind.NUMBER,
                "2016-07-16|The shooting left six people dead, police said on Saturday.",
                "2016-07-14|Five people were killed in the shooting late Thursday.",
                "2016-07-14|Police said five died at the scene."), "how many people were killed").orElseThrow();
        assertEquals(Dispute.Kind.UPDATE, dispute.kind());
        assertEquals(List.of("Five", "six"), dispute.sides().stream().map(s -> s.value().text()).toList());
    }

    @Test
    void should_not_take_hedges_rounding_units_or_a_stated_scope_for_a_disagreement() {
        assertEquals(Optional.empty(), AnswerGroups.dispute(answers(ValueKind.NUMBER,
                "|At least five people were wounded in the attack.",
                "|Seven people were wounded in the attack."), "how many were wounded"));
        assertEquals(Optional.empty(), AnswerGroups.dispute(answers(ValueKind.NUMBER,
                "|The front line runs 55 km east of the city.",
                "|The front line runs 34 miles east of the city."), "how far"));
        assertEquals(Optional.empty(), AnswerGroups.dispute(answers(ValueKind.NUMBER,
                "|Five people, including the gunman, were killed.",
                "|Four people were killed before the shooter turned the gun on himself."), "how many were killed"));
        assertEquals(Optional.empty(), AnswerGroups.dispute(answers(ValueKind.MONEY,
                "|The program costs about $1.2 billion.",
                "|The program costs $1.18 billion."), "how much it costs"));
    }

    @Test
    void should_not_hold_reports_months_apart_against_each_other() {
        assertTrue(AnswerGroups.dispute(answers(ValueKind.NUMBER,
                "2023-01-05|Four people were killed in the storm.",
                "2023-09-20|Nine people were killed in the storm."), "how many were killed").isEmpty());
    }
}
