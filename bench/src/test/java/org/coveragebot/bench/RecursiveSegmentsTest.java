package org.coveragebot.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleFolder;
import org.junit.jupiter.api.Test;

class RecursiveSegmentsTest {

    @Test
    void should_find_a_segment_back_in_the_text_whatever_its_white_space() {
        RecursiveSegments.FoldedText text = new RecursiveSegments.FoldedText("One  two\n\n\nthree four.\n");
        assertArrayEquals(new int[] {5, 22}, text.find("two\n\nthree four.", 0));
        assertArrayEquals(new int[] {0, 3}, text.find(" One ", 0));
        assertNull(text.find("five", 0));
    }

    @Test
    void should_cut_every_sample_article_into_exact_spans_that_cover_it() {
        for (Article article : new ArticleFolder(Path.of("..", "articles")).read().articles()) {
            List<Segment> segments = new RecursiveSegments().split(article);
            assertTrue(segments.size() >= 2, article.id() + " has " + segments.size() + " segments");
            assertEquals(0, segments.get(0).start(), "the first segment starts the file (front matter and all)");
            for (Segment segment : segments) {
                assertEquals(segment.text(), article.text().substring(segment.start(), segment.end()));
                assertTrue(segment.text().length() < 2500, segment.text().length() + " characters");
            }
        }
    }
}
