package org.coveragebot.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.facts.Dispute;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claims, not words, over coverage written for these tests: the seed story with a third report that says
 * everything in other words; three reports on a dam that disagree on its year and on the evacuated; two
 * days of reports on a shooting whose toll rises; two shootings on one day in two cities.
 */
class ClaimsAcrossOutletsTest {

    static final String THIRD = "bakhmut-third-report.txt";

    static Coverage seedAndThird;
    static Coverage dam;
    static Coverage shootings;

    @BeforeAll
    static void openCoverages() throws IOException {
        Path seed = TestCoverage.temporaryFolder("seed-and-third");
        for (String name : List.of(TestCoverage.AP, TestCoverage.G7)) {
            Files.copy(TestCoverage.SAMPLE.resolve(name), seed.resolve(name));
        }
        Files.writeString(seed.resolve(THIRD), """
                ---
                title: Kyiv concedes ground in Bakhmut as Washington readies more weapons
                source: The Courier
                published: 2023-05-21
                ---
                Washington unveiled a $400 million military package for Kyiv on Sunday, with more shells, \
                rockets and armoured vehicles.

                Ukraine's deputy defence minister Hanna Maliar disputed Moscow's account of the city. \
                "The situation is critical, but our defenders hold several streets in the southwest," she said. \
                She said Ukrainian troops still controlled a small part of the city.

                The fight for the ruined town became a battle that lasted nine months, the longest of the war so far.
                """);
        seedAndThird = TestCoverage.open(seed);

        Path dams = TestCoverage.temporaryFolder("dam");
        Files.writeString(dams.resolve("valley-herald.txt"), """
                ---
                title: Floodwater tops the Millbrook dam
                source: Valley Herald
                published: 2024-03-02
                ---
                Water poured over the Millbrook dam on Saturday after a week of heavy rain.

                The dam was built in 1958 to hold back the spring floods of the Tarn river.

                About 21,000 people were evacuated from villages below the dam overnight.
                """);
        Files.writeString(dams.resolve("river-post.txt"), """
                ---
                title: Villages emptied as Millbrook dam strains
                source: River Post
                published: 2024-03-02
                ---
                Engineers watched the Millbrook dam through the night as the reservoir kept rising.

                Completed in 1962, the earth dam holds back the Tarn river above six villages.

                Officials said 12,000 residents had fled the valley by Saturday morning.
                """);
        Files.writeString(dams.resolve("evening-mail.txt"), """
                ---
                title: Millbrook dam: what we know
                source: Evening Mail
                published: 2024-03-02
                ---
                The Millbrook dam, on the Tarn river, has been under close watch since Friday.

                Nobody has been hurt, emergency services said.
                """);
        dam = TestCoverage.open(dams);

        Path shots = TestCoverage.temporaryFolder("shootings");
        Files.writeString(shots.resolve("first-report.txt"), """
                ---
                title: Shooting at Brookfield home leaves one dead
                source: Brookfield Gazette
                published: 2016-07-14
                ---
                A shooting at a home in Brookfield, Ohio, left one person dead on Thursday night, deputies said.

                Two other men were taken to hospital with gunshot wounds.
                """);
        Files.writeString(shots.resolve("second-report.txt"), """
                ---
                title: Brookfield shooting toll rises to three
                source: Ohio Daily
                published: 2016-07-16
                ---
                Three people were killed in the shooting at a Brookfield home on Thursday after two of the wounded \
                men died in hospital, the sheriff said.
                """);
        Files.writeString(shots.resolve("other-city.txt"), """
                ---
                title: Two wounded in Dayton bar shooting
                source: Dayton Evening
                published: 2016-07-14
                ---
                Two people were wounded when a man opened fire outside a bar in Dayton, Ohio, on Thursday, police said.
                """);
        shootings = TestCoverage.open(shots);
    }

    @AfterAll
    static void close() throws IOException {
        for (Coverage coverage : List.of(seedAndThird, dam, shootings)) {
            coverage.close();
        }
    }

    private static String quoted(Findings findings) {
        return findings.quotes().stream().map(Quote::text).collect(Collectors.joining(" | "));
    }

    private static Set<String> values(Dispute dispute) {
        return dispute.sides().stream().map(side -> side.value().text()).collect(Collectors.toSet());
    }

    @Test
    void should_report_the_aid_disagreement_when_a_third_outlet_words_it_differently() throws IOException {
        Findings findings = seedAndThird.find("How much aid did Biden announce?");
        assertFalse(findings.disputes().isEmpty(), quoted(findings));
        Set<String> disputed = values(findings.disputes().get(0));
        assertTrue(disputed.size() >= 2, disputed::toString);
        assertTrue(disputed.stream().allMatch(value -> value.matches("\\$\\d{3} million")), disputed::toString);
    }

    @Test
    void should_answer_how_long_with_the_duration_a_report_gives() throws IOException {
        Findings findings = seedAndThird.find("How long did the battle for Bakhmut last?");
        assertTrue(quoted(findings).contains("nine months"), quoted(findings));
    }

    @Test
    void should_name_the_speaker_a_pronoun_points_back_to() throws IOException {
        Findings findings = seedAndThird.find("Who said Ukrainian troops still controlled a small part of the city?");
        Quote quote = findings.quotes().stream().filter(q -> q.text().contains("still controlled")).findFirst()
                .orElseThrow(() -> new AssertionError("quoted " + quoted(findings)));
        assertEquals(Optional.of("Hanna Maliar"), quote.speaker());
    }

    @Test
    void should_find_what_a_city_produces_where_the_article_says_production() throws IOException {
        Findings findings = seedAndThird.find("What is Bakhmut known for producing?");
        assertTrue(quoted(findings).contains("sparkling wine production"), quoted(findings));
    }

    @Test
    void should_keep_reporting_no_disagreement_on_what_zelensky_said() throws IOException {
        Findings findings = seedAndThird.find("What did Zelensky say about Bakhmut?");
        assertTrue(quoted(findings).contains("only in our hearts"), quoted(findings));
        assertEquals(List.of(), findings.disputes());
    }

    @Test
    void should_report_that_sources_disagree_on_when_the_dam_was_built() throws IOException {
        Findings findings = dam.find("When was the dam built?");
        assertEquals(1, findings.disputes().size(), quoted(findings));
        Dispute dispute = findings.disputes().get(0);
        assertEquals(Set.of("1958", "1962"), values(dispute));
        assertEquals(Dispute.Kind.CONFLICT, dispute.kind(), "reports of the same day");
        assertEquals("when the dam was built", dispute.topic());
    }

    @Test
    void should_report_that_sources_disagree_on_how_many_were_evacuated() throws IOException {
        Findings findings = dam.find("How many people were evacuated?");
        assertEquals(1, findings.disputes().size(), quoted(findings));
        assertEquals(Set.of("21,000", "12,000"), values(findings.disputes().get(0)));
    }

    @Test
    void should_give_a_rising_toll_as_an_update_in_date_order() throws IOException {
        Findings findings = shootings.find("How many people were killed in the shooting in Brookfield, Ohio on July 14, 2016?");
        assertEquals(1, findings.disputes().size(), quoted(findings));
        Dispute dispute = findings.disputes().get(0);
        assertEquals(Dispute.Kind.UPDATE, dispute.kind());
        assertEquals(List.of("one", "Three"), dispute.sides().stream().map(side -> side.value().text()).toList());
    }

    @Test
    void should_not_answer_about_one_city_with_a_shooting_in_another() throws IOException {
        Findings brookfield = shootings.find("How many people were wounded in the shooting in Brookfield, Ohio on July 14, 2016?");
        assertTrue(quoted(brookfield).contains("Two other men"), quoted(brookfield));
        assertFalse(quoted(brookfield).contains("Dayton"), quoted(brookfield));
        Findings toledo = shootings.find("How many people were wounded in the shooting in Toledo, Ohio on July 14, 2016?");
        assertFalse(toledo.answered(), quoted(toledo));
    }

    @Test
    void should_never_quote_a_sentence_inside_another_quote() throws IOException {
        for (String question : List.of("How much aid did Biden announce?", "What did Zelensky say about Bakhmut?",
                "What did Hanna Maliar say?", "When was the dam built?")) {
            Coverage coverage = question.contains("dam") ? dam : seedAndThird;
            List<Quote> quotes = coverage.find(question).quotes();
            for (Quote a : quotes) {
                for (Quote b : quotes) {
                    if (a != b && a.article().id().equals(b.article().id())) {
                        assertFalse(a.span().contains(b.span()), question + ": " + a.text() + " holds " + b.text());
                    }
                }
            }
        }
    }
}
