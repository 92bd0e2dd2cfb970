package org.coveragebot.retrieval.index;

import java.util.ArrayList;
import java.util.List;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.Passage;
import org.coveragebot.retrieval.text.PassageSplitter;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * What every store writes for an article: its passages, each with the text the keyword field indexes, the
 * passage vector (the normalised mean of its sentences') and its sentences' vectors, quantised; and the
 * title's vector. The embedding is the costly part, done once per new or changed article.
 */
public final class ArticleEncoder {

    /** One passage as stored: its text for the keyword field, its vector, its sentences' quantised vectors. */
    public record EncodedPassage(Passage passage, String body, float[] vector, byte[] sentenceVectors) {
    }

    /** An article as stored: its passages, its title's quantised vector (empty without a title), sentences embedded. */
    public record EncodedArticle(Article article, List<EncodedPassage> passages, byte[] titleVector, int embedded) {
    }

    private final Embedder embedder;
    private final PassageSplitter splitter;

    public ArticleEncoder(Embedder embedder, PassageSplitter splitter) {
        this.embedder = embedder;
        this.splitter = splitter;
    }

    public EncodedArticle encode(Article article) {
        List<Passage> passages = splitter.split(article.id(), article.text(), article.body());
        List<String> sentences = new ArrayList<>();
        for (Passage passage : passages) {
            for (TextSpan sentence : passage.sentences()) {
                sentences.add(sentence.of(article.text()));
            }
        }
        String title = article.metadata().title();
        if (title != null) {
            sentences.add(title);
        }
        List<float[]> vectors = embedder.embed(sentences);
        byte[] titleVector = title == null ? new byte[0] : IndexFields.quantise(List.of(vectors.get(vectors.size() - 1)));
        List<EncodedPassage> encoded = new ArrayList<>(passages.size());
        int next = 0;
        for (Passage passage : passages) {
            List<float[]> own = vectors.subList(next, next + passage.sentences().size());
            next += own.size();
            encoded.add(new EncodedPassage(passage, passageText(article.text(), passage), mean(own),
                    IndexFields.quantise(own)));
        }
        return new EncodedArticle(article, encoded, titleVector, sentences.size());
    }

    /** Does the model embed a plain sentence? Tells a text it cannot take from a model that has stopped working. */
    public boolean modelWorks() {
        try {
            return embedder.embed(List.of("The model still answers.")).size() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The normalised mean: the passage's direction in meaning space. */
    static float[] mean(List<float[]> vectors) {
        float[] sum = new float[vectors.get(0).length];
        for (float[] vector : vectors) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += vector[i];
            }
        }
        double norm = 0;
        for (float component : sum) {
            norm += component * component;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < sum.length; i++) {
            sum[i] = norm == 0 ? 0 : (float) (sum[i] / norm);
        }
        return sum;
    }

    /** The passage's sentences joined by spaces: whatever stood between them (boilerplate) is left out. */
    static String passageText(String text, Passage passage) {
        StringBuilder out = new StringBuilder(passage.span().length());
        for (TextSpan sentence : passage.sentences()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(text, sentence.start(), sentence.end());
        }
        return out.toString();
    }
}
