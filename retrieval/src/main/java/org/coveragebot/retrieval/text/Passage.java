package org.coveragebot.retrieval.text;

import java.util.List;
import java.util.Objects;

/**
 * A few consecutive sentences of one article: the unit that is indexed and searched.
 *
 * @param articleId the article's id
 * @param ordinal   the passage's position in the article, from 0
 * @param span      where the passage stands in the article text
 * @param sentences the sentences it is made of, each inside {@code span}
 */
public record Passage(String articleId, int ordinal, TextSpan span, List<TextSpan> sentences) {

    public Passage {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a passage of " + articleId + " needs at least one sentence");
        }
        for (TextSpan sentence : sentences) {
            if (!span.contains(sentence)) {
                throw new IllegalArgumentException("sentence " + sentence + " lies outside passage " + span);
            }
        }
    }
}
