package org.coveragebot.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coveragebot.retrieval.ingest.Article;

/**
 * One generation of the coverage's passages, as the search reads it: term statistics, passage search by
 * words and by meaning, and the articles it holds. The port between the answer policy and the store
 * behind it — the embedded Lucene index ({@link CoverageIndex}) or a SolrCloud collection — so that the
 * search does not know which it talks to. Implementations are safe for concurrent readers.
 */
public interface PassageIndex extends Closeable {

    /** The articles of this generation, by id. */
    Map<String, Article> articles();

    /** The newest publication date among them, if any article has one. */
    Optional<LocalDate> newest();

    /** How many passages it holds. */
    int passageCount();

    /** The share of passages that hold an analysed term. */
    double share(String term) throws IOException;

    /** Inverse document frequency of an analysed term over passages (BM25's idf). */
    double idf(String term) throws IOException;

    /** How many passages hold an analysed term. */
    int passagesSaying(String term) throws IOException;

    /** The ids of articles whose passages hold an analysed term (up to a couple of thousand). */
    Set<String> articlesSaying(String term) throws IOException;

    /** The text's vector in the index's meaning space. */
    float[] embed(String text);

    /**
     * The best {@code k} passages for the analysed {@code terms} and the question vector: keyword and vector
     * rankings fused by reciprocal rank, with the opening passage of the best-matching articles. With
     * {@code carried} articles (quoted earlier in the conversation) their best keyword matches join as a
     * further ranking; with {@code timely} articles (published when the question asks about), their best
     * matches by words and by meaning.
     */
    List<PassageHit> search(List<String> terms, float[] questionVector, int k, Set<String> carried, Set<String> timely)
            throws IOException;

    /** As {@link #search(List, float[], int, Set, Set)} with nothing carried or timely. */
    default List<PassageHit> search(List<String> terms, float[] questionVector, int k) throws IOException {
        return search(terms, questionVector, k, Set.of(), Set.of());
    }
}
