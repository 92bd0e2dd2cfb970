package org.coveragebot.retrieval.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Set;
import org.coveragebot.retrieval.claims.SentenceReading;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.question.QuestionReader;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * What the checks read from one article set's texts, kept for the next question: each sentence's words and
 * values, each article's headline and lede terms and the values of its opening. Reading them (the analysis chain's and
 * the value patterns) was most of an answer's time, and the questions of one story bring back the same
 * passages. Kept per article set (a reload starts afresh), keyed by article and offset, and bounded: the
 * least recently used readings go first.
 */
final class Readings {

    /** Sentences kept: about 1 KB each, so some 20 MB. */
    static final int SENTENCES = 20_000;
    /** Articles whose lede and opening are kept. */
    static final int ARTICLES = 5_000;

    private record Place(String article, int start) {
    }

    private final QuestionReader reader;
    private final Cache<Place, SentenceReading> sentences = Caffeine.newBuilder().maximumSize(SENTENCES).build();
    private final Cache<String, Set<String>> ledes = Caffeine.newBuilder().maximumSize(ARTICLES).build();
    private final Cache<String, List<Value>> openings = Caffeine.newBuilder().maximumSize(ARTICLES).build();
    private final Cache<String, List<String>> titles = Caffeine.newBuilder().maximumSize(ARTICLES).build();

    Readings(QuestionReader reader) {
        this.reader = reader;
    }

    /** The sentence of {@code article} at {@code span}, read. */
    SentenceReading sentence(Article article, TextSpan span) {
        return sentences.get(new Place(article.id(), span.start()), place -> SentenceReading.of(reader, span.of(article.text())));
    }

    /** The analysed terms of the article's headline and of its first {@code chars} characters of body. */
    Set<String> lede(Article article, int chars) {
        return ledes.get(article.id(), id -> {
            Set<String> terms = new java.util.HashSet<>();
            if (!article.body().isEmpty()) {
                TextSpan first = article.body().get(0);
                int end = first.start();
                for (TextSpan paragraph : article.body()) {
                    if (paragraph.start() - first.start() > chars) {
                        break;
                    }
                    end = paragraph.end();
                }
                terms.addAll(reader.analyse(article.text().substring(first.start(), end)));
            }
            if (article.metadata().title() != null) {
                terms.addAll(reader.analyse(article.metadata().title()));
            }
            return Set.copyOf(terms);
        });
    }

    /** The analysed terms of the article's headline; none without one. */
    List<String> title(Article article) {
        String title = article.metadata().title();
        return title == null ? List.of() : titles.get(article.id(), id -> reader.analyse(title));
    }

    /** The values stated in the article's first {@code chars} characters of body. */
    List<Value> opening(Article article, int chars) {
        return openings.get(article.id(), id -> List.copyOf(ValueExtractor.extract(openingText(article, chars))));
    }

    /** The article's first {@code chars} characters of body. */
    static String openingText(Article article, int chars) {
        int from = article.body().isEmpty() ? 0 : article.body().get(0).start();
        return article.text().substring(from, Math.min(article.text().length(), from + chars));
    }
}
