package org.coveragebot.retrieval.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Reads a {@code .jsonl} file: one article a line, {@code {"id", "title", "source", "url", "published",
 * "text"}} with {@code id} and {@code text} required. A broken line is skipped and named
 * ({@code path:line}); the other lines still count. Articles are named {@code path#id}.
 */
final class JsonLinesArticleParser {

    private final ObjectMapper json = new ObjectMapper();

    void parse(String path, String content, List<Article> articles, List<SkippedFile> skipped) {
        Set<String> seen = new HashSet<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = path + ":" + (i + 1);
            try {
                Article article = parseLine(path, line);
                if (!seen.add(article.id())) {
                    skipped.add(new SkippedFile(where, "duplicate id, already used by an earlier line"));
                } else {
                    articles.add(article);
                }
            } catch (UnreadableArticleException e) {
                skipped.add(new SkippedFile(where, e.getMessage()));
            }
        }
    }

    private Article parseLine(String path, String line) throws UnreadableArticleException {
        JsonNode record;
        try {
            record = json.readTree(line);
        } catch (java.io.IOException e) {
            throw new UnreadableArticleException("not valid JSON");
        }
        if (record == null || !record.isObject()) {
            throw new UnreadableArticleException("not a JSON object");
        }
        String id = field(record, "id");
        String text = field(record, "text");
        if (id == null) {
            throw new UnreadableArticleException("missing required field 'id'");
        }
        if (text == null) {
            throw new UnreadableArticleException("missing required field 'text'");
        }
        text = TextDecoder.normaliseLineEnds(text);
        ArticleMetadata metadata = new ArticleMetadata(field(record, "title"), field(record, "source"),
                field(record, "url"), field(record, "published"), field(record, "author"));
        List<TextSpan> body = BoilerplateFilter.bodyParagraphs(text, 0);
        if (body.isEmpty()) {
            throw new UnreadableArticleException("no article text");
        }
        return new Article(path + "#" + id, text, body, metadata, ContentHash.of(text, metadata));
    }

    private static String field(JsonNode record, String name) {
        JsonNode value = record.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.isBlank() ? null : text;
    }
}
