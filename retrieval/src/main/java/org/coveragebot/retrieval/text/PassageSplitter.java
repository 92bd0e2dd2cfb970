package org.coveragebot.retrieval.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's body into passages of whole sentences: short news paragraphs are joined, long
 * ones are cut between sentences, so each passage holds a few hundred characters — enough context for
 * the embedding model, small enough to point at one fact.
 */
public final class PassageSplitter {

    public static final int DEFAULT_TARGET_CHARS = 600;

    private final int targetChars;

    public PassageSplitter() {
        this(DEFAULT_TARGET_CHARS);
    }

    public PassageSplitter(int targetChars) {
        if (targetChars < 50) {
            throw new IllegalArgumentException("targetChars must be at least 50, was " + targetChars);
        }
        this.targetChars = targetChars;
    }

    public List<Passage> split(String articleId, String text, List<TextSpan> body) {
        List<Passage> passages = new ArrayList<>();
        List<TextSpan> current = new ArrayList<>();
        for (TextSpan paragraph : body) {
            List<TextSpan> sentences = SentenceSplitter.split(text, paragraph);
            if (!current.isEmpty() && length(current) + paragraph.length() > targetChars && length(current) >= targetChars / 2) {
                passages.add(passage(articleId, passages.size(), current));
                current = new ArrayList<>();
            }
            for (TextSpan sentence : sentences) {
                if (!current.isEmpty() && length(current) + sentence.length() > targetChars) {
                    passages.add(passage(articleId, passages.size(), current));
                    current = new ArrayList<>();
                }
                current.add(sentence);
            }
        }
        if (!current.isEmpty()) {
            passages.add(passage(articleId, passages.size(), current));
        }
        return passages;
    }

    private static int length(List<TextSpan> sentences) {
        return sentences.get(sentences.size() - 1).end() - sentences.get(0).start();
    }

    private static Passage passage(String articleId, int ordinal, List<TextSpan> sentences) {
        TextSpan span = new TextSpan(sentences.get(0).start(), sentences.get(sentences.size() - 1).end());
        return new Passage(articleId, ordinal, span, sentences);
    }
}
