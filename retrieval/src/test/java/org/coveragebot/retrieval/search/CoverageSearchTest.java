package org.coveragebot.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.facts.Dispute;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.MiniLmEmbedder;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine over the two sample articles, with the real embedding model and Lucene on disk. */
class CoverageSearchTest {

    static final Path SAMPLE = TestCoverage.SAMPLE;
    static final String AP = TestCoverage.AP;
    static final String G7 = TestCoverage.G7;

    static MiniLmEmbedder embedder;
    static Coverage coverage;

    @BeforeAll
    static void openCoverage() {
        embedder = TestCoverage.model();
        coverage = TestCoverage.sample();
    }

    private static Set<String> articles(Findings findings) {
        return findings.quotes().stream().map(q -> q.article().id()).collect(Collectors.toSet());
    }

    @Test
    void should_quote_both_aid_figures_and_report_that_the_sources_disagree() throws IOException {
        Findings findings = coverage.find("How much aid did Biden announce?");
        String quoted = findings.quotes().stream().map(Quote::text).collect(Collectors.joining(" | "));
        assertTrue(quoted.contains("$375 million"), quoted);
        assertTrue(quoted.contains("$357 million"), quoted);
        assertEquals(Set.of(AP, G7), articles(findings));
        assertEquals(1, findings.disputes().size());
        Dispute dispute = findings.disputes().get(0);
        assertEquals(Set.of("$375 million", "$357 million"),
                dispute.sides().stream().map(side -> side.value().text()).collect(Collectors.toSet()));
        assertEquals(Dispute.Kind.CONFLICT, dispute.kind(), "both reports are of the same day");
        assertEquals("how much aid Biden announced", dispute.topic());
        assertFalse(findings.quotes().get(dispute.sides().get(0).statement()).article().id()
                .equals(findings.quotes().get(dispute.sides().get(1).statement()).article().id()));
    }

    @Test
    void should_quote_only_in_our_hearts_from_both_outlets_without_a_disagreement() throws IOException {
        Findings findings = coverage.find("What did Zelensky say about Bakhmut?");
        List<Quote> hearts = findings.quotes().stream()
                .filter(q -> q.text().contains("only in our hearts")).toList();
        assertEquals(Set.of(AP, G7), hearts.stream().map(q -> q.article().id()).collect(Collectors.toSet()));
        assertEquals(List.of(), findings.disputes());
    }

    @Test
    void should_not_answer_what_the_coverage_does_not_say() throws IOException {
        assertFalse(coverage.find("What is the capital of Australia?").answered());
        assertFalse(coverage.find("Who won the 1998 football world cup?").answered());
    }

    @Test
    void should_never_quote_boilerplate() throws IOException {
        for (String question : List.of("Who wrote this article?", "Alley Einstein", "Related Articles",
                "Follow the AP's coverage of the war", "Who is the reporter based in London?")) {
            for (Quote quote : coverage.find(question).quotes()) {
                assertFalse(quote.text().contains("Alley"), quote.text());
                assertFalse(quote.text().contains("Related Articles"), quote.text());
                assertFalse(quote.text().contains("Follow the AP"), quote.text());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bakhmut AND ((", "title:\"Bakhmut\" OR *", "Zelensky~2 ^3 -Russia", "\\", "\"", "*:*",
            "/[a-z]+/", "{!lucene}Bakhmut", "NOT NOT OR AND", "???", "\u202eBakhmut\u202c \ud83d\ude00"})
    void should_take_query_syntax_as_words(String hostile) {
        assertDoesNotThrow(() -> coverage.find(hostile));
    }

    @Test
    void should_answer_a_very_long_question_without_error() {
        assertDoesNotThrow(() -> coverage.find("Bakhmut aid Biden ".repeat(400)));
    }

    @Test
    void should_keep_answering_while_the_coverage_reloads() throws Exception {
        java.util.concurrent.ExecutorService askers = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            running.add(askers.submit(() -> {
                while (reloading.get()) {
                    Findings findings = coverage.find("How much aid did Biden announce?");
                    assertEquals(1, findings.disputes().size());
                    answered.incrementAndGet();
                }
                return null;
            }));
        }
        for (int i = 0; i < 5; i++) {
            coverage.reload(IndexProgress.SILENT);
        }
        reloading.set(false);
        for (java.util.concurrent.Future<?> asker : running) {
            asker.get(); // rethrows anything an asker hit
        }
        askers.shutdown();
        assertTrue(answered.get() > 0);
    }

    @Test
    void should_quote_the_sentence_that_says_who_she_is(@TempDir Path folder, @TempDir Path index) throws IOException {
        java.nio.file.Files.writeString(folder.resolve("awards.txt"), "Greta Gerwig directed Barbie, the film that "
                + "topped the box office this year.\nShe was given the Director of the Year Award by the Palm Springs "
                + "film festival on Thursday evening.\n");
        try (Coverage awards = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            Findings findings = awards.find("Who was named Director of the Year at the Palm Springs festival?");
            assertTrue(findings.quotes().get(0).text().startsWith("Greta Gerwig directed Barbie"),
                    findings.quotes().get(0).text());
        }
    }

    @Test
    void should_quote_the_sentence_that_names_the_one_asked_about(@TempDir Path folder, @TempDir Path index) throws IOException {
        java.nio.file.Files.writeString(folder.resolve("festival.txt"), "Maria Lopez is back at the microphone.\n"
                + "The singer will return to headline the harbor festival every summer through 2026, organizers "
                + "announced on Friday.\n");
        try (Coverage festival = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            Findings findings = festival.find("Which singer will return to headline the harbor festival?");
            Quote returning = findings.quotes().stream().filter(q -> q.text().contains("will return"))
                    .findFirst().orElseThrow();
            assertTrue(returning.text().startsWith("Maria Lopez is back"), returning.text());
        }
    }

    @Test
    void should_not_answer_about_a_year_the_coverage_never_speaks_of(@TempDir Path folder, @TempDir Path index)
            throws IOException {
        java.nio.file.Files.writeString(folder.resolve("cup.txt"), "---\npublished: 2024-01-05\n---\n"
                + "Northfield won the Harbor Cup final on Sunday, beating Easton 3-1 in front of a record crowd.\n");
        java.nio.file.Files.writeString(folder.resolve("history.txt"), "Easton last won the Harbor Cup in 1998, "
                + "when the final was still played at the old riverside ground.\n");
        try (Coverage cup = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            assertTrue(cup.find("Who won the Harbor Cup final on Sunday in 2024?").answered(), "an article of that year");
            assertTrue(cup.find("Who won the Harbor Cup in 2024?").answered(), "its date says the year its text does not");
            assertTrue(cup.find("Who won the Harbor Cup in 1998?").answered(), "an article that mentions the year");
            // the rest of the question is said word for word: only the year tells that the coverage does not answer
            Findings older = cup.find("Who won the Harbor Cup final on Sunday in 2010?");
            assertFalse(older.answered(), () -> "quoted " + older.quotes().stream().map(Quote::text).toList());
        }
    }

    @Test
    void should_answer_which_official_with_a_report_that_names_the_office_not_the_kind(@TempDir Path folder,
                                                                                     @TempDir Path index) throws IOException {
        // the report says "Transport Secretary", never "Cabinet"; the which-phrase says what kind of person is asked for
        java.nio.file.Files.writeString(folder.resolve("marsh.txt"), "---\ntitle: Price demands Marsh's resignation\n---\n"
                + "Speaker Dana Price on Tuesday demanded the resignation of Transport Secretary Leon Marsh and warned "
                + "of impeachment proceedings in the Senate if he does not step down.\n");
        java.nio.file.Files.writeString(folder.resolve("farm.txt"), "Two Cabinet officials met farmers in the north on Monday.\n");
        java.nio.file.Files.writeString(folder.resolve("bridge.txt"), "A Cabinet official opened the new bridge over the river.\n");
        java.nio.file.Files.writeString(folder.resolve("health.txt"), "The prime minister named a new Cabinet official to "
                + "run the health service.\n");
        try (Coverage senate = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            Findings official = senate.find("Which Cabinet official is facing impeachment proceedings in the Senate?");
            assertTrue(official.answered(), "the answer need not say it is a Cabinet official");
            assertTrue(official.quotes().get(0).text().contains("Leon Marsh"), official.quotes().get(0).text());
        }
    }

    @Test
    void should_not_hold_a_date_of_something_else_against_the_answer(@TempDir Path folder, @TempDir Path index)
            throws IOException {
        java.nio.file.Files.writeString(folder.resolve("launch.txt"), "---\ntitle: Rift Quest is out\n---\n"
                + "Rift Quest was released on May 15, 2012, after years of delays.\n");
        java.nio.file.Files.writeString(folder.resolve("season.txt"), "---\ntitle: Rift Quest news\n---\n"
                + "Rift Quest's season 26 ends on August 21, the studio confirmed.\n");
        try (Coverage game = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            Findings released = game.find("When was Rift Quest released?");
            assertTrue(released.answered());
            assertEquals(List.of(), released.disputes(), "a season's end is no release date");
        }
    }

    /**
     * A coverage that does not answer {@code question}, because what it says is about something else; once
     * {@code answeringFile} is written with {@code answeringText}, it does, its first quote holding {@code expected}.
     */
    record NotYetAnswered(String behaviour, Map<String, String> coverage, String question, String answeringFile,
                          String answeringText, String expected) {
        @Override
        public String toString() {
            return behaviour;
        }
    }

    static Stream<NotYetAnswered> notYetAnswered() {
        return Stream.of(
                // others' reports make "qualified", "ballot" and "first" common words; Vance's says where he was born
                new NotYetAnswered("which state: not from a sentence that never says what happened", Map.of(
                        "lopez.txt", "Maria Lopez qualified for the ballot in Texas first.\n",
                        "reyes.txt", "Tom Reyes qualified for the ballot in Iowa, the first of his rivals to do so.\n",
                        "cole.txt", "Ann Cole was the first to qualify for the ballot in Maine.\n",
                        "vance.txt", "---\ntitle: Vance, the farmer's son\n---\nRobert Vance was born in the state of Ohio "
                                + "and still owns a farm there.\nVance says he will tour every state before the summer.\n"),
                        "Which state was the first where Robert Vance qualified for the ballot?", "ballot.txt",
                        "Robert Vance qualified for the ballot in Utah on Monday, the first state to certify his campaign.\n",
                        "Utah"),
                // the 24% is the next sentence's, about something else; others' reports make "female", "rose" and
                // "year" common words, so "cider drinkers" says much of the question
                new NotYetAnswered("a stated figure: only from the sentence that states it", Map.of(
                        "states.txt", "---\ntitle: States that drink the most cider\n---\nNorth Dakota residents are the "
                                + "nation's largest cider drinkers, consuming 40 gallons each a year. Between 2002 and 2012, "
                                + "North Dakota led the nation with a 24% increase in alcohol consumption.\n",
                        "school.txt", "The number of female students rose again this year.\n",
                        "vote.txt", "Female voters turned out in record numbers this year as prices rose.\n",
                        "rent.txt", "Rents have risen for a third year, and female tenants are hit hardest.\n"),
                        "The number of female drinkers of which cider has risen by 24% year-on-year?", "orchard.txt",
                        "Redhill is having its best year. The number of female drinkers of Redhill cider has risen by 24% "
                                + "year on year, its maker said.\n", "Redhill cider"),
                new NotYetAnswered("when something starts: not with when it stops", Map.of(
                        "curfew.txt", "---\ntitle: Harbor bars face a curfew\n---\nAll Harbor bars were ordered to stop "
                                + "serving alcohol at 8 p.m. under the emergency law.\n"),
                        "What time can Harbor bars start serving alcohol under the new law?", "law.txt",
                        "Under the new law, Harbor bars can start serving alcohol at 9 a.m. on weekdays.\n", "9 a.m."),
                new NotYetAnswered("which nation: not with US states or a name in the sentence before", Map.of(
                        "vote.txt", "---\ntitle: Voters back abortion rights\n---\nGovernor Ann Brooks campaigned hard "
                                + "for the measure. Voters in California and Vermont also approved amendments enshrining "
                                + "abortion rights in their constitutions.\n"),
                        "Which European nation voted to enshrine the right to abortion in its constitution?", "france.txt",
                        "---\ntitle: France votes on abortion\n---\nLawmakers in France voted on Monday to enshrine the "
                                + "right to abortion in the constitution.\n", "France"),
                new NotYetAnswered("an open question: not with a sentence that only names its subject", Map.of(
                        "volley.txt", "---\ntitle: Harbor volleyball champions\npublished: 2024-01-17\n---\nReflecting "
                                + "on the championship win, coach Dan Wells credited the Harbor School District and the "
                                + "Harbor community who rallied around the team.\n"),
                        "What is the purpose of the Harbor School District referendum in 2024?", "vote.txt",
                        "---\ntitle: Harbor schools ask voters for money\npublished: 2024-01-20\n---\nThe Harbor School "
                                + "District referendum in 2024 would pay for safer school entrances and more counsellors.\n",
                        "safer school entrances"),
                new NotYetAnswered("a storm's name: not from the sentence before one that does not refer back", Map.of(
                        "storm.txt", "---\ntitle: Gales batter Harbor coast\n---\nMayor Ann Brooks opened the new Harbor "
                                + "Library on Monday.\n\nThe Harbor coast is being battered by wind gusts of 90 mph as a new "
                                + "storm pummels the flooded region.\n"),
                        "What is the name of the storm that pummelled the Harbor coast this week?", "named.txt",
                        "---\ntitle: Storm Dara hits Harbor\n---\nStorm Dara pummelled the Harbor coast this week with "
                                + "gusts of 90 mph.\n", "Dara"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notYetAnswered")
    void should_answer_only_once_a_report_answers_what_is_asked(NotYetAnswered ask, @TempDir Path folder,
                                                                 @TempDir Path index) throws IOException {
        for (Map.Entry<String, String> file : ask.coverage().entrySet()) {
            java.nio.file.Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        answeredOnlyOnceWritten(folder, index, ask.question(), ask.answeringFile(), ask.answeringText(), ask.expected());
    }

    @Test
    void should_not_answer_a_question_about_this_week_from_a_report_of_last_year(@TempDir Path folder,
                                                                                @TempDir Path index) throws IOException {
        java.nio.file.Files.writeString(folder.resolve("old.txt"), "---\ntitle: Storm Dara hits Harbor\n"
                + "published: 2023-01-10\n---\nStorm Dara pummelled the Harbor coast with gusts of 90 mph.\n");
        java.nio.file.Files.writeString(folder.resolve("library.txt"), "---\ntitle: Harbor Library opens\n"
                + "published: 2024-01-20\n---\nMayor Ann Brooks opened the new Harbor Library on Monday.\n");
        try (Coverage coverage = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            Findings ever = coverage.find("Which storm pummelled the Harbor coast?");
            assertTrue(ever.answered(), "a question not about the present takes any report");
            assertTrue(ever.quotes().get(0).text().contains("Dara"), ever.quotes().get(0).text());
        }
        String question = "Which storm pummelled the Harbor coast this week?";
        answeredOnlyOnceWritten(folder, index, question, "new.txt", "---\ntitle: Storm Ema hits Harbor\n"
                + "published: 2024-01-18\n---\nStorm Ema pummelled the Harbor coast this week with gusts of 80 mph.\n", "Ema");
    }

    /**
     * The coverage in {@code folder} does not answer {@code question}; once {@code file} is written with
     * {@code text}, it does, its first quote holding {@code expected}.
     */
    private void answeredOnlyOnceWritten(Path folder, Path index, String question, String file, String text, String expected)
            throws IOException {
        try (Coverage coverage = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            Findings before = coverage.find(question);
            assertFalse(before.answered(), () -> "quoted " + before.quotes().stream().map(Quote::text).toList());
        }
        java.nio.file.Files.writeString(folder.resolve(file), text);
        try (Coverage coverage = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            Findings after = coverage.find(question);
            assertTrue(after.answered(), file + " answers it");
            assertTrue(after.quotes().get(0).text().contains(expected), after.quotes().get(0).text());
        }
    }

    @Test
    void should_take_a_report_on_the_us_as_one_on_america(@TempDir Path folder, @TempDir Path index) throws IOException {
        java.nio.file.Files.writeString(folder.resolve("watch.txt"), "---\ntitle: Why the Pulse watch was banned in the US"
                + "\npublished: 2024-01-02\n---\nThe Pulse Series 3 watch was banned from sale after a patent dispute "
                + "with a maker of medical devices.\n");
        try (Coverage watch = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            Findings banned = watch.find("Which Pulse product was banned in America this week?");
            assertTrue(banned.answered(), "the report says US, the question America");
            assertTrue(banned.quotes().get(0).text().contains("Series 3"), banned.quotes().get(0).text());
        }
    }

    @Test
    void should_answer_when_with_a_sentence_that_says_the_day() throws IOException {
        Findings findings = coverage.find("When did Russia claim Bakhmut?");
        assertTrue(findings.quotes().stream().anyMatch(q -> q.text().contains("Sunday") || q.text().contains("Saturday")),
                () -> "quoted " + findings.quotes().stream().map(Quote::text).toList());
    }

    @Test
    void should_answer_how_many_with_a_count_given_in_words() throws IOException {
        Findings findings = coverage.find("How many casualties did Russia and Ukraine suffer in Bakhmut?");
        assertTrue(findings.quotes().stream().anyMatch(q -> q.text().contains("numbering in the thousands")),
                () -> "quoted " + findings.quotes().stream().map(Quote::text).toList());
    }

    @Test
    void should_not_answer_when_or_how_many_with_sentences_that_state_no_such_value(@TempDir Path folder,
                                                                                    @TempDir Path index) throws IOException {
        java.nio.file.Files.writeString(folder.resolve("fans.txt"), "Fans of the Harbor Lights still argue about why "
                + "the band split up, and whether it will ever play together again.\n");
        java.nio.file.Files.writeString(folder.resolve("tour.txt"), "The Harbor Lights played a sold-out show in "
                + "Leeds in 2009.\n");
        java.nio.file.Files.writeString(folder.resolve("quiet.txt"), "The Quiet Rooms split up in 1996, after a tour of "
                + "Japan.\n");
        try (Coverage bands = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            assertTrue(bands.find("When did the Quiet Rooms split up?").answered());
            Findings split = bands.find("When did the Harbor Lights split up?");
            assertFalse(split.answered(), () -> "quoted " + split.quotes().stream().map(Quote::text).toList());
            assertFalse(bands.find("How many albums did the Harbor Lights sell?").answered());
        }
    }

    @ParameterizedTest(name = "reports dated {0} and {1} disagree: {2}")
    @org.junit.jupiter.params.provider.CsvSource({"2024-01-03, 2024-01-05, true", "2023-01-04, 2024-01-05, false"})
    void should_hold_only_reports_of_the_same_time_against_each_other(String first, String second, boolean disagree,
                                                                   @TempDir Path folder, @TempDir Path index) throws IOException {
        java.nio.file.Files.writeString(folder.resolve("one.txt"), "---\nsource: Desert Sun\npublished: " + first
                + "\n---\nAcademy Award nominee Greta Gerwig will receive the Director of the Year Award at the Palm "
                + "Springs film festival gala.\n");
        java.nio.file.Files.writeString(folder.resolve("two.txt"), "---\nsource: Variety\npublished: " + second
                + "\n---\nAcademy Award nominee Sarah Polley will receive the Director of the Year Award at the Palm "
                + "Springs film festival gala.\n");
        try (Coverage awards = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            Findings findings = awards.find("Who will receive the Director of the Year Award at the Palm Springs festival?");
            assertEquals(2, articles(findings).size());
            assertEquals(disagree, !findings.disputes().isEmpty(), findings.disputes().toString());
        }
    }

    @Test
    void should_rebuild_an_index_that_cannot_be_read(@TempDir Path index) throws IOException {
        java.nio.file.Files.writeString(index.resolve("segments_1"), "not a Lucene commit");
        try (Coverage rebuilt = Coverage.open(SAMPLE, index, embedder, IndexProgress.SILENT)) {
            assertEquals(2, rebuilt.lastUpdate().added());
            assertTrue(rebuilt.find("How much aid did Biden announce?").answered());
        }
    }

    @Test
    void should_favour_the_articles_a_conversation_already_quoted(@TempDir Path folder, @TempDir Path index) throws IOException {
        java.nio.file.Files.writeString(folder.resolve("city.txt"), "---\nsource: City Desk\n---\n"
                + "The mayor told the council the new bridge over the river will open to traffic in May next year.\n");
        java.nio.file.Files.writeString(folder.resolve("state.txt"), "---\nsource: State Desk\n---\n"
                + "The governor told reporters the new bridge over the river will open to traffic in June next year.\n");
        try (Coverage bridges = Coverage.open(folder, index, embedder, IndexProgress.SILENT)) {
            String question = "When will the new bridge over the river open to traffic?";
            assertEquals("city.txt", bridges.find(question, Set.of("city.txt")).quotes().get(0).article().id());
            assertEquals("state.txt", bridges.find(question, Set.of("state.txt")).quotes().get(0).article().id());
        }
    }

    @Test
    void should_embed_nothing_when_the_folder_did_not_change() throws IOException {
        assertEquals(0, coverage.reload(IndexProgress.SILENT).sentencesEmbedded());
        assertEquals(2, coverage.lastUpdate().unchanged());
    }
}
