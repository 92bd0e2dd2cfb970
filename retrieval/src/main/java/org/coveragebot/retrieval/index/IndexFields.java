package org.coveragebot.retrieval.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * The index schema, shared by both stores (the embedded index and the Solr collection): one document per
 * passage, and one per article holding its content hash and what its parse made of it.
 */
public final class IndexFields {

    /** "passage" or "article": the two kinds of document. */
    public static final String KIND = "kind";
    public static final String PASSAGE = "passage";
    public static final String ARTICLE = "article";
    /** The article id (StringField, stored): deleting by it removes an article and all its passages. */
    public static final String ARTICLE_ID = "article_id";
    /** Content hash of the article (stored, on article documents): unchanged hash, nothing to re-index. */
    public static final String HASH = "hash";
    /** On article documents, stored: what parsing the article made of it, reused while its text stays the same. */
    public static final String TEXT_HASH = "text_hash";
    public static final String BODY_SPANS = "body_spans";
    public static final String META_TITLE = "meta_title";
    public static final String META_SOURCE = "meta_source";
    public static final String META_URL = "meta_url";
    public static final String META_PUBLISHED = "meta_published";
    public static final String META_AUTHOR = "meta_author";
    /** Passage position in its article (stored, and indexed as a point: an article's lede is ordinal 0). */
    public static final String ORDINAL = "ordinal";
    /** Sentence offsets "start:end,start:end" into the article text (stored). */
    public static final String SENTENCES = "sentences";
    /** Passage sentences, English analysis (stemmed, stop words out) for BM25; not stored. */
    public static final String BODY = "body";
    /** The article title, analysed like BODY, on every passage: titles name the story. */
    public static final String TITLE = "title";
    /** The passage's vector (normalised mean of its sentence vectors), cosine similarity, for kNN search. */
    public static final String VECTOR = "vector";
    /** The article title's vector, int8-quantised (stored on every passage; empty when there is no title). */
    public static final String TITLE_VECTOR = "title_vector";
    /** Each sentence's vector, int8-quantised, concatenated (stored): sentence-level meaning at no query-time cost. */
    public static final String SENTENCE_VECTORS = "sentence_vectors";

    private IndexFields() {
    }

    public static Analyzer analyzer() {
        return new CoverageAnalyzer();
    }

    /** Unit vectors to bytes: each component times 127, rounded. */
    public static byte[] quantise(List<float[]> vectors) {
        int dimension = vectors.get(0).length;
        byte[] bytes = new byte[vectors.size() * dimension];
        for (int v = 0; v < vectors.size(); v++) {
            float[] vector = vectors.get(v);
            for (int i = 0; i < dimension; i++) {
                bytes[v * dimension + i] = (byte) Math.max(-127, Math.min(127, Math.round(vector[i] * 127)));
            }
        }
        return bytes;
    }

    /** Cosine of {@code query} (unit length) with the {@code index}-th quantised vector in {@code bytes}. */
    public static double quantisedCosine(byte[] bytes, int offset, int index, float[] query) {
        int base = offset + index * query.length;
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < query.length; i++) {
            double component = bytes[base + i];
            dot += component * query[i];
            norm += component * component;
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    public static String encode(List<TextSpan> spans) {
        StringBuilder out = new StringBuilder();
        for (TextSpan span : spans) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(span.start()).append(':').append(span.end());
        }
        return out.toString();
    }

    public static List<TextSpan> decode(String encoded) {
        List<TextSpan> spans = new ArrayList<>();
        for (String pair : encoded.split(",")) {
            int colon = pair.indexOf(':');
            spans.add(new TextSpan(Integer.parseInt(pair.substring(0, colon)), Integer.parseInt(pair.substring(colon + 1))));
        }
        return spans;
    }
}
