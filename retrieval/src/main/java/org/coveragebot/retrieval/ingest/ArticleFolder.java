package org.coveragebot.retrieval.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article folder, read recursively: {@code .txt}, {@code .md}, {@code .html}/{@code .htm} and
 * {@code .jsonl} files become articles; every other file, and every file that cannot be read as an
 * article (binary, empty, too large, broken front matter, broken JSON line), is skipped and named with
 * its reason. One bad file never stops the rest.
 */
public final class ArticleFolder {

    /** Larger files are refused: no news article is this long, and it would crowd out the others. */
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ArticleFolder.class);

    private final Path root;
    private final long maxFileBytes;

    public ArticleFolder(Path root) {
        this(root, DEFAULT_MAX_FILE_BYTES);
    }

    public ArticleFolder(Path root, long maxFileBytes) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("article folder " + root + " is not a directory");
        }
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        this.root = root;
        this.maxFileBytes = maxFileBytes;
    }

    public Path root() {
        return root;
    }

    public ArticleSet read() {
        return read(Map.of());
    }

    /**
     * Reads every file, several at a time (parsing, not the disk, is what takes the time); the order
     * stays the folder's. A text file whose text is {@code known} (by article id) is not parsed again.
     */
    public ArticleSet read(Map<String, KnownArticle> known) {
        JsonLinesArticleParser jsonLines = new JsonLinesArticleParser(); // ObjectMapper is thread-safe
        List<ArticleSet> perFile = files().parallelStream().map(file -> read(file, jsonLines, known)).toList();
        List<Article> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (ArticleSet file : perFile) {
            articles.addAll(file.articles());
            skipped.addAll(file.skipped());
        }
        for (SkippedFile skip : skipped) {
            log.debug("Skipped {}", skip); // the report names them, once
        }
        return new ArticleSet(articles, skipped);
    }

    private ArticleSet read(Path file, JsonLinesArticleParser jsonLines, Map<String, KnownArticle> known) {
        String name = name(file);
        List<Article> articles = new ArrayList<>(1);
        List<SkippedFile> skipped = new ArrayList<>(0);
        try {
            String format = format(file);
            if (format == null) {
                skipped.add(new SkippedFile(name, "not an article format (.txt, .md, .html, .htm, .jsonl)"));
                return new ArticleSet(articles, skipped);
            }
            String text = readText(file);
            switch (format) {
                case "html" -> articles.add(HtmlArticleParser.parse(name, text));
                case "jsonl" -> jsonLines.parse(name, text, articles, skipped);
                default -> articles.add(knownOrParsed(name, text, known.get(name)));
            }
        } catch (UnreadableArticleException e) {
            skipped.add(new SkippedFile(name, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            skipped.add(new SkippedFile(name, "cannot be read: " + e.getMessage()));
        }
        return new ArticleSet(articles, skipped);
    }

    private static Article knownOrParsed(String name, String text, KnownArticle known) throws UnreadableArticleException {
        if (known != null && known.textHash().equals(KnownArticle.hashOf(text))) {
            return new Article(name, text, known.body(), known.metadata(), known.hash());
        }
        return PlainTextArticleParser.parse(name, text);
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list article folder " + root, e);
        }
    }

    private String readText(Path file) throws IOException, UnreadableArticleException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadableArticleException("empty file");
        }
        if (size > maxFileBytes) {
            throw new UnreadableArticleException("too large (" + size + " bytes; the limit is " + maxFileBytes + ")");
        }
        String text = TextDecoder.decode(Files.readAllBytes(file));
        if (text.isBlank()) {
            throw new UnreadableArticleException("empty file");
        }
        return text;
    }

    private String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return "text";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "html";
        }
        return name.endsWith(".jsonl") ? "jsonl" : null;
    }
}
