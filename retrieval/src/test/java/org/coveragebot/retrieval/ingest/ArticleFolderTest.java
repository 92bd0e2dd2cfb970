package org.coveragebot.retrieval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coveragebot.retrieval.text.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFolderTest {

    static final Path SAMPLE = Path.of("..", "articles");

    @TempDir
    Path folder;

    private static String body(Article article) {
        return article.body().stream().map(span -> span.of(article.text())).collect(Collectors.joining("\n"));
    }

    private Map<String, Article> read(Path root) {
        return new ArticleFolder(root).read().articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
    }

    @Test
    void should_leave_bylines_bios_and_related_links_out_of_the_sample_articles() {
        ArticleSet set = new ArticleFolder(SAMPLE).read();
        assertEquals(2, set.articles().size());
        assertTrue(set.skipped().isEmpty());
        for (Article article : set.articles()) {
            String body = body(article);
            assertFalse(body.contains("Related Articles"), article.id());
            assertFalse(body.contains("Back to top"), article.id());
            assertFalse(body.contains("Alley Einstein"), article.id());
            assertFalse(body.contains("Follow the AP"), article.id());
            assertFalse(body.contains("reported from Hiroshima"), article.id());
        }
        Article ap = read(SAMPLE).get("zelenskyy-bakhmut-only-in-our-hearts-ap.txt");
        assertTrue(body(ap).endsWith("illegally annexed in September."));
        assertEquals("Zelenskyy: \u2018Bakhmut is only in our hearts\u2019 after Ukraine loses control of destroyed city to Russia",
                ap.metadata().title());
    }

    @Test
    void should_not_take_a_first_sentence_for_a_headline() {
        Article article = read(SAMPLE).get("zelensky-g7-bakhmut-biden-aid.txt");
        assertNull(article.metadata().title());
        assertTrue(body(article).startsWith("Ukrainian President Volodymyr Zelensky said Sunday"));
    }

    @Test
    void should_read_front_matter_and_keep_offsets_into_the_file_as_read() throws IOException {
        String file = "---\r\ntitle: Taiwan votes\r\nsource: USA Today\r\npublished: 2024-01-05\r\n---\r\n"
                + "TAIPEI, Taiwan \u2014 Voters chose a new president on Saturday in an election watched by China.\r\n";
        Files.writeString(folder.resolve("taiwan.txt"), file, StandardCharsets.UTF_8);
        Article article = read(folder).get("taiwan.txt");
        assertEquals("Taiwan votes", article.metadata().title());
        assertEquals("USA Today", article.metadata().source());
        assertEquals("2024-01-05", article.metadata().published());
        String asRead = file.replace("\r\n", "\n");
        assertEquals(asRead, article.text());
        TextSpan first = article.body().get(0);
        assertEquals(asRead.indexOf("TAIPEI"), first.start());
    }

    @Test
    void should_skip_and_name_every_bad_file_and_keep_the_good_ones() throws IOException {
        Files.writeString(folder.resolve("good.txt"), "A good article that says something worth quoting at length.");
        Files.write(folder.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.writeString(folder.resolve("empty.md"), "");
        Files.writeString(folder.resolve("blank.txt"), "   \n\n  ");
        Files.writeString(folder.resolve("unclosed.txt"), "---\ntitle: Never closed\nThe text never starts.");
        Files.writeString(folder.resolve("notes.docx"), "not an article format");
        Files.writeString(folder.resolve("huge.txt"), "x".repeat(2048));
        ArticleSet set = new ArticleFolder(folder, 1024).read();
        assertEquals(1, set.articles().size());
        Map<String, String> reasons = set.skipped().stream()
                .collect(Collectors.toMap(SkippedFile::name, SkippedFile::reason));
        assertTrue(reasons.get("binary.txt").contains("binary"), reasons.toString());
        assertTrue(reasons.get("empty.md").contains("empty"), reasons.toString());
        assertTrue(reasons.get("blank.txt").contains("empty"), reasons.toString());
        assertTrue(reasons.get("unclosed.txt").contains("front matter"), reasons.toString());
        assertTrue(reasons.get("notes.docx").contains("not an article format"), reasons.toString());
        assertTrue(reasons.get("huge.txt").contains("too large"), reasons.toString());
    }

    @Test
    void should_decode_latin1_files_sensibly() throws IOException {
        byte[] latin1 = "Caf\u00e9 owners in S\u00e3o Paulo welcomed the decision on Monday morning.".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("latin1.txt"), latin1);
        Article article = read(folder).get("latin1.txt");
        assertTrue(article.text().contains("Caf\u00e9 owners in S\u00e3o Paulo"), article.text());
    }

    @Test
    void should_read_json_lines_records_and_name_broken_lines() throws IOException {
        Files.createDirectories(folder.resolve("feed"));
        Files.writeString(folder.resolve("feed/wire.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"title\": \"Aid\", \"source\": \"Wire\", \"text\": \"Biden announced $375 million in aid to Ukraine on Sunday.\"}",
                "{not json",
                "{\"id\": \"a2\", \"title\": \"No text\"}",
                "{\"id\": \"a3\", \"text\": \"Russia said its forces had taken the city of Bakhmut on Saturday.\"}"));
        ArticleSet set = new ArticleFolder(folder).read();
        assertEquals(2, set.articles().size());
        assertEquals("feed/wire.jsonl#a1", set.articles().get(0).id());
        assertEquals("Wire", set.articles().get(0).metadata().source());
        Map<String, String> reasons = set.skipped().stream()
                .collect(Collectors.toMap(SkippedFile::name, SkippedFile::reason));
        assertEquals("not valid JSON", reasons.get("feed/wire.jsonl:2"));
        assertEquals("missing required field 'text'", reasons.get("feed/wire.jsonl:3"));
    }

    @Test
    void should_extract_the_article_from_a_saved_page_without_navigation_or_share_links() throws IOException {
        Files.writeString(folder.resolve("page.html"), """
                <html><head><title>Aid for Ukraine | The Daily</title>
                <meta property="og:title" content="Biden announces more aid for Ukraine">
                <meta property="og:site_name" content="The Daily">
                <meta property="article:published_time" content="2023-05-21T10:00:00Z"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Biden announces more aid for Ukraine</h1>
                <div class="share-bar"><a>Share on Facebook</a></div>
                <p>Biden announced an additional $375 million in aid to Ukraine, including more ammunition.</p>
                <p>Zelensky thanked him for the significant financial assistance &amp; support.</p>
                <aside class="related"><p>Related: Other stories you may like about the war.</p></aside>
                </article><footer><p>Copyright 2023 The Daily. All rights reserved.</p></footer></body></html>
                """);
        Article article = read(folder).get("page.html");
        assertEquals("Biden announces more aid for Ukraine", article.metadata().title());
        assertEquals("The Daily", article.metadata().source());
        assertEquals("2023-05-21T10:00:00Z", article.metadata().published());
        assertEquals("Biden announced an additional $375 million in aid to Ukraine, including more ammunition.\n"
                + "Zelensky thanked him for the significant financial assistance & support.", body(article));
    }

    @Test
    void should_take_a_known_parse_for_unchanged_text_and_parse_changed_text_again() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "---\ntitle: First\n---\nOne sentence here. Another one there.\n");
        Files.writeString(folder.resolve("b.txt"), "---\ntitle: Second\n---\nA third sentence.\n");
        Map<String, KnownArticle> known = new java.util.HashMap<>();
        for (Article article : new ArticleFolder(folder).read().articles()) {
            // what an earlier read made of them, marked so that reuse shows
            known.put(article.id(), new KnownArticle(article.known().textHash(), article.metadata().withTitle("Known"),
                    article.body(), article.hash()));
        }
        Files.writeString(folder.resolve("b.txt"), "---\ntitle: Second, edited\n---\nA third sentence.\n");

        Map<String, Article> read = new ArticleFolder(folder).read(known).articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));

        assertEquals("Known", read.get("a.txt").metadata().title());
        assertEquals("Second, edited", read.get("b.txt").metadata().title());
    }

    @Test
    void should_read_the_same_articles_from_a_known_parse_as_from_the_files() {
        ArticleSet parsed = new ArticleFolder(SAMPLE).read();
        Map<String, KnownArticle> known = parsed.articles().stream().collect(Collectors.toMap(Article::id, Article::known));
        assertEquals(parsed.articles(), new ArticleFolder(SAMPLE).read(known).articles());
    }
}
