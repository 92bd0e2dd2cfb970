package org.coveragebot.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleMetadata;
import org.coveragebot.retrieval.question.Subject;
import org.coveragebot.retrieval.text.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which day an article reports on. */
class SubjectCheckTest {

    private static Article published(String date, String text) {
        return new Article("a.txt", text, List.of(new TextSpan(0, text.length())),
                new ArticleMetadata("Shooting", "Outlet", null, date, null), "h");
    }

    @ParameterizedTest(name = "{1}, published {0}, reports on Dec 8, 2015: {2}")
    @CsvSource(delimiter = '|', value = {
            "2015-12-09|A man was shot on Elm Street.|true",
            "2015-12-21|Police arrested a man in a gun battle earlier this month that left one dead.|true",
            "2015-12-21|Police arrested a man in a gun battle that left one dead.|false",
            "2016-01-12|Police arrested a man in a gun battle last month that left one dead.|true",
            "2016-02-12|Police arrested a man in a gun battle last month that left one dead.|false",
            "2015-12-17|Police arrested a man in a gun battle last week that left one dead.|true",
            "2015-12-30|Police arrested a man in a gun battle last week that left one dead.|false"})
    void should_take_a_later_report_that_places_the_day_in_its_own_words(String date, String text, boolean reports) {
        assertEquals(reports, SubjectCheck.reports(published(date, text), new Subject.AskedDay(2015, 12, 8)));
    }
}
