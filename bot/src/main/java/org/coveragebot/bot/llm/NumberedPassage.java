package org.coveragebot.bot.llm;

import java.util.Objects;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.TextSpan;

/** A passage shown to the LLM as {@code [number]}: an exact span of an article. */
record NumberedPassage(int number, Article article, TextSpan span) {

    NumberedPassage {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
    }

    String text() {
        return span.of(article.text());
    }
}
