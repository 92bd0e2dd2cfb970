package org.coveragebot.retrieval.search;

import java.util.Objects;
import java.util.Optional;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * One quote of an answer: an exact span of an article, who the article says said it, and the answer it
 * gives to the question.
 *
 * @param span     where the quote stands in the article text: {@code article.text().substring(start, end)}
 * @param previous the sentence before the quoted one in its passage, or null
 * @param speaker  who the article reports as saying the quoted words; empty for the outlet's own narration
 * @param answer   the value it gives as the answer, with offsets into the article text
 */
public record Quote(Article article, TextSpan span, TextSpan previous, double score, Optional<String> speaker,
                    Optional<Value> answer) {

    public Quote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(answer, "answer");
    }

    public String text() {
        return span.of(article.text());
    }
}
