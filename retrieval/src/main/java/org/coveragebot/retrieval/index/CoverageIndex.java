package org.coveragebot.retrieval.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.Passage;

/**
 * A read-only view of the index and the articles it was built from: one consistent article set.
 * Hybrid search: BM25 over passage text (and titles, lightly), and k-nearest-neighbour search over the
 * passage vectors, fused by reciprocal rank. Query terms come from the analyser, never a query parser,
 * so no user text is ever query syntax.
 */
public final class CoverageIndex implements PassageIndex {

    /** Reciprocal rank fusion constant; 60 is the value from the original RRF paper. */
    private static final int RRF_K = 60;
    private static final float TITLE_BOOST = 0.3f;
    /** Articles among the hits whose opening passage joins the candidates. */
    private static final int LEDE_ARTICLES = 12;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, Article> articles;
    private final Embedder embedder;
    private final java.util.Optional<java.time.LocalDate> newest;
    /**
     * Passages holding each term asked about: looked up in every segment's term dictionary otherwise, for
     * each question's words and each candidate's names. This reader never changes, so neither do they.
     */
    private final Cache<String, Integer> documentFrequencies = Caffeine.newBuilder().maximumSize(TERMS_KEPT).build();
    /** Terms whose passage counts are kept (the SolrCloud store keeps as many). */
    public static final int TERMS_KEPT = 200_000;
    /**
     * Passage keys by document, and the stored fields of the passages ranked lately (a few KB each: spans and
     * quantised sentence vectors): each would otherwise decompress a block of stored fields for every question.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<String> keysByDoc;
    private final Cache<Integer, Document> documents = Caffeine.newBuilder().maximumSize(DOCUMENTS_KEPT).build();
    static final int DOCUMENTS_KEPT = 10_000;

    private CoverageIndex(Directory directory, DirectoryReader reader, Map<String, Article> articles, Embedder embedder) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.keysByDoc = new java.util.concurrent.atomic.AtomicReferenceArray<>(reader.maxDoc());
        this.articles = articles;
        this.embedder = embedder;
        this.newest = org.coveragebot.retrieval.ingest.PublishedDate.newest(articles.values(),
                org.coveragebot.retrieval.ingest.PublishedDate.latestPossible());
    }

    /** Opens the index at {@code indexDir}; only passages of {@code articles} are ever returned. */
    public static CoverageIndex open(Path indexDir, List<Article> articles, Embedder embedder) throws IOException {
        Directory directory = FSDirectory.open(indexDir);
        try {
            Map<String, Article> byId = new HashMap<>();
            for (Article article : articles) {
                byId.put(article.id(), article);
            }
            return new CoverageIndex(directory, DirectoryReader.open(directory), Map.copyOf(byId), embedder);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The newest publication date in the set, if any article has one. */
    @Override
    public java.util.Optional<java.time.LocalDate> newest() {
        return newest;
    }

    @Override
    public Map<String, Article> articles() {
        return articles;
    }

    @Override
    public int passageCount() {
        try {
            return searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.PASSAGE)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The share of passages that hold an analysed term. */
    @Override
    public double share(String term) throws IOException {
        long n = Math.max(1, reader.numDocs());
        return passagesSaying(term) / (double) n;
    }

    /** Most articles {@link #articlesSaying} looks through: a term held wider says nothing of one story. */
    private static final int MOST_ARTICLES_SAYING = 2_000;

    /** How many passages hold an analysed term. */
    @Override
    public int passagesSaying(String term) throws IOException {
        try {
            return documentFrequencies.get(term, key -> {
                try {
                    return reader.docFreq(new Term(IndexFields.BODY, key));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The ids of articles whose passages hold an analysed term (up to a couple of thousand). */
    @Override
    public Set<String> articlesSaying(String term) throws IOException {
        Set<String> ids = new HashSet<>();
        for (ScoreDoc doc : searcher.search(new TermQuery(new Term(IndexFields.BODY, term)), MOST_ARTICLES_SAYING).scoreDocs) {
            ids.add(searcher.storedFields().document(doc.doc, Set.of(IndexFields.ARTICLE_ID)).get(IndexFields.ARTICLE_ID));
        }
        return ids;
    }

    /** Inverse document frequency of an analysed term over passages (BM25's idf). */
    @Override
    public double idf(String term) throws IOException {
        long n = Math.max(1, reader.numDocs());
        long df = passagesSaying(term);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    @Override
    public float[] embed(String text) {
        return embedder.embed(text);
    }

    /**
     * As {@link #search(List, float[], int, Set)}; with {@code timely} articles (those published when the
     * question asks about), their best matches by words and by meaning join as further rankings: a question
     * about a day's shooting looks first at that day's reports, among hundreds that share its words.
     */
    @Override
    public List<PassageHit> search(List<String> terms, float[] questionVector, int k, Set<String> carried,
                                   Set<String> timely) throws IOException {
        Map<Integer, Double> fused = new HashMap<>();
        Map<Integer, String> keys = new HashMap<>();
        if (!terms.isEmpty()) {
            fuse(fused, keys, searcher.search(keywordQuery(terms), k * 2).scoreDocs);
            for (Set<String> favoured : List.of(carried, timely)) {
                if (!favoured.isEmpty()) {
                    Query within = new BooleanQuery.Builder()
                            .add(keywordQuery(terms), BooleanClause.Occur.MUST)
                            .add(articlesIn(favoured), BooleanClause.Occur.FILTER)
                            .build();
                    fuse(fused, keys, searcher.search(within, k).scoreDocs);
                }
            }
        }
        if (!timely.isEmpty()) {
            fuse(fused, keys, searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, questionVector, k, articlesIn(timely)), k)
                    .scoreDocs);
        }
        Query knn = new KnnFloatVectorQuery(IndexFields.VECTOR, questionVector, k * 2);
        fuse(fused, keys, searcher.search(knn, k * 2).scoreDocs);
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(fused.entrySet());
        // ties broken by passage, not by where a store happened to put it: the same order from any store
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed()
                .thenComparing(entry -> keys.get(entry.getKey())));
        List<PassageHit> hits = PassageHit.best(ranked, k, (doc, score) -> hit(doc, score, questionVector));
        hits.addAll(ledes(hits, questionVector));
        hits.sort(Comparator.comparingDouble(PassageHit::fused).reversed());
        return hits;
    }

    /**
     * The opening passage of each of the best-matching articles, where it is not among the hits
     * already: news is written lede first, so the answer to a question about a story is often in the
     * first lines of an article that matched it further down. A lede counts as much as its article's
     * best hit.
     */
    private List<PassageHit> ledes(List<PassageHit> hits, float[] questionVector) throws IOException {
        Map<String, Double> articleScores = PassageHit.ledesMissing(hits, LEDE_ARTICLES);
        if (articleScores.isEmpty()) {
            return List.of();
        }
        Query openings = new BooleanQuery.Builder()
                .add(new TermInSetQuery(IndexFields.ARTICLE_ID, articleScores.keySet().stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER)
                .add(IntField.newExactQuery(IndexFields.ORDINAL, 0), BooleanClause.Occur.FILTER)
                .build();
        List<PassageHit> ledes = new ArrayList<>();
        for (ScoreDoc lede : searcher.search(openings, articleScores.size()).scoreDocs) {
            String id = stored(lede.doc).get(IndexFields.ARTICLE_ID);
            Double score = articleScores.get(id);
            PassageHit hit = score == null ? null : hit(lede.doc, score, questionVector);
            if (hit != null) {
                ledes.add(hit);
            }
        }
        return ledes;
    }

    private static Query articlesIn(Set<String> ids) {
        return new TermInSetQuery(IndexFields.ARTICLE_ID, ids.stream().map(BytesRef::new).toList());
    }

    private static Query keywordQuery(List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms.subList(0, Math.min(terms.size(), 64))) {
            query.add(new TermQuery(new Term(IndexFields.BODY, term)), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, term)), TITLE_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * Adds a ranking to the fusion, its equal scores ordered by passage key ({@code article#ordinal}), as every
     * store orders them.
     */
    private void fuse(Map<Integer, Double> fused, Map<Integer, String> keys, ScoreDoc[] ranking) throws IOException {
        List<ScoreDoc> ordered = new ArrayList<>(List.of(ranking));
        for (ScoreDoc doc : ordered) {
            if (!keys.containsKey(doc.doc)) {
                keys.put(doc.doc, key(doc.doc));
            }
        }
        ordered.sort(Comparator.comparingDouble((ScoreDoc doc) -> -doc.score).thenComparing(doc -> keys.get(doc.doc)));
        for (int rank = 0; rank < ordered.size(); rank++) {
            fused.merge(ordered.get(rank).doc, 1.0 / (RRF_K + rank + 1), Double::sum);
        }
    }

    private static final Set<String> KEY_FIELDS = Set.of(IndexFields.ARTICLE_ID, IndexFields.ORDINAL);

    /** The passage key of a document, read once per reader. */
    private String key(int docId) throws IOException {
        String key = keysByDoc.get(docId);
        if (key == null) {
            Document stored = searcher.storedFields().document(docId, KEY_FIELDS);
            key = passageKey(stored.get(IndexFields.ARTICLE_ID), stored.getField(IndexFields.ORDINAL).numericValue().intValue());
            keysByDoc.set(docId, key);
        }
        return key;
    }

    /** A document's stored fields, kept for the next question that ranks it (bounded). */
    private Document stored(int docId) throws IOException {
        Document doc = documents.getIfPresent(docId);
        if (doc == null) {
            doc = searcher.storedFields().document(docId);
            documents.put(docId, doc);
        }
        return doc;
    }

    /** A passage's key in every store: its article's id and its ordinal. */
    public static String passageKey(String articleId, int ordinal) {
        return articleId + "#" + ordinal;
    }

    private PassageHit hit(int docId, double fused, float[] questionVector) throws IOException {
        Document doc = stored(docId);
        Article article = articles.get(doc.get(IndexFields.ARTICLE_ID));
        if (article == null || doc.get(IndexFields.SENTENCES) == null) {
            return null; // an article document, or one no longer in the set
        }
        var sentences = IndexFields.decode(doc.get(IndexFields.SENTENCES));
        for (var sentence : sentences) {
            if (sentence.end() > article.text().length()) {
                return null; // written for another version of the article
            }
        }
        var span = new org.coveragebot.retrieval.text.TextSpan(sentences.get(0).start(),
                sentences.get(sentences.size() - 1).end());
        Passage passage = new Passage(article.id(), doc.getField(IndexFields.ORDINAL).numericValue().intValue(), span,
                sentences);
        var stored = doc.getBinaryValue(IndexFields.SENTENCE_VECTORS);
        double[] sentenceCosines = new double[sentences.size()];
        for (int i = 0; i < sentenceCosines.length; i++) {
            sentenceCosines[i] = IndexFields.quantisedCosine(stored.bytes, stored.offset, i, questionVector);
        }
        var title = doc.getBinaryValue(IndexFields.TITLE_VECTOR);
        double titleCosine = title == null || title.length == 0 ? 0
                : IndexFields.quantisedCosine(title.bytes, title.offset, 0, questionVector);
        return new PassageHit(article, passage, fused, cosine(docId, questionVector), sentenceCosines, titleCosine);
    }

    private double cosine(int docId, float[] questionVector) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        FloatVectorValues vectors = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
        if (vectors == null) {
            return 0;
        }
        int target = docId - leaf.docBase;
        if (vectors.advance(target) != target) {
            return 0;
        }
        return dot(vectors.vectorValue(), questionVector);
    }

    /** Both vectors are unit length, so their dot product is their cosine. */
    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
