package org.coveragebot.retrieval.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Reads a {@code .txt} or {@code .md} article: optional front matter between two {@code ---} lines,
 * then the text. Without a title in the front matter, a first line that looks like a headline is the
 * title. Offsets stay those of the file as read.
 */
final class PlainTextArticleParser {

    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final int MAX_HEADLINE_CHARS = 200;

    private PlainTextArticleParser() {
    }

    static Article parse(String id, String text) throws UnreadableArticleException {
        int bodyFrom = 0;
        Map<String, String> fields = Map.of();
        if (text.startsWith("---\n") || text.equals("---")) {
            int close = closingDelimiter(text);
            if (close < 0) {
                throw new UnreadableArticleException("front matter opened with --- is never closed");
            }
            fields = frontMatter(text.substring(4, close));
            int afterClose = text.indexOf('\n', close + 1);
            bodyFrom = afterClose < 0 ? text.length() : afterClose + 1;
        }
        ArticleMetadata metadata = new ArticleMetadata(fields.get("title"), fields.get("source"), fields.get("url"),
                fields.get("published"), fields.get("author"));
        List<TextSpan> paragraphs = BoilerplateFilter.bodyParagraphs(text, bodyFrom);
        if (!paragraphs.isEmpty()) {
            String first = paragraphs.get(0).of(text);
            boolean headline = looksLikeHeadline(first) && paragraphs.size() > 1;
            if (metadata.title() == null && headline) {
                metadata = metadata.withTitle(first.replaceFirst("^#+\\s*", ""));
                paragraphs = paragraphs.subList(1, paragraphs.size());
            } else if (first.equals(metadata.title())) {
                paragraphs = paragraphs.subList(1, paragraphs.size());
            }
        }
        if (paragraphs.isEmpty()) {
            throw new UnreadableArticleException("no article text");
        }
        return new Article(id, text, paragraphs, metadata, ContentHash.of(text, metadata));
    }

    private static int closingDelimiter(String text) {
        Matcher close = Pattern.compile("(?m)^---\\s*$").matcher(text);
        return close.find(3) ? close.start() : -1;
    }

    private static Map<String, String> frontMatter(String block) throws UnreadableArticleException {
        Map<String, String> fields = new HashMap<>();
        int lineNo = 1;
        for (String line : block.split("\n", -1)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher field = FRONT_MATTER_LINE.matcher(line.strip());
            if (!field.matches()) {
                throw new UnreadableArticleException("front matter line " + lineNo + " is not 'key: value'");
            }
            fields.put(field.group(1).toLowerCase(java.util.Locale.ROOT), unquote(field.group(2).strip()));
        }
        return fields;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Short, no sentence-final full stop: "Zelenskyy: 'Bakhmut is only in our hearts' after …". */
    static boolean looksLikeHeadline(String line) {
        String bare = line.replaceAll("[\"'\u201d\u2019)\\]]+$", "");
        if (line.length() > MAX_HEADLINE_CHARS || bare.endsWith(".") || line.endsWith(":")) {
            return false;
        }
        return Character.isUpperCase(line.codePointAt(0)) || !Character.isLetter(line.codePointAt(0));
    }
}
