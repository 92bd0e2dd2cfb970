package org.coveragebot.retrieval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coveragebot.retrieval.text.TextSpan;
import org.junit.jupiter.api.Test;

class PublishedDateTest {

    private static Article published(String id, String date) {
        return new Article(id, "Text.", List.of(new TextSpan(0, 5)), new ArticleMetadata(null, null, null, date, null), id);
    }

    @Test
    void should_take_the_newest_report_but_not_one_dated_in_the_future() {
        List<Article> articles = List.of(published("a.txt", "2024-01-20"), published("b.txt", "2099-01-09"),
                published("c.txt", null), published("d.txt", "2023-12-01T08:00:00Z"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 20)), PublishedDate.newest(articles, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void should_read_the_date_in_a_news_link() {
        assertEquals(Optional.of(LocalDate.of(2023, 1, 9)),
                PublishedDate.fromUrl("https://www.usatoday.com/story/news/2023/01/09/storm-hits/"));
    }
}
