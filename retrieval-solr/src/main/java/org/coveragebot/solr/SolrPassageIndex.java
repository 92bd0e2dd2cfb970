package org.coveragebot.solr;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.coveragebot.retrieval.index.CoverageIndex;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexFields;
import org.coveragebot.retrieval.index.PassageHit;
import org.coveragebot.retrieval.index.PassageIndex;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.PublishedDate;
import org.coveragebot.retrieval.text.Passage;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * The coverage's passages read from one generation of the SolrCloud collection: the same keyword query (each analysed term in the body, and at a third of the weight in
 * the title), the same k-NN search over passage vectors, fused by reciprocal rank as the embedded index
 * fuses them. Terms are sent as terms ({@code {!term}}), never re-analysed. Term statistics are asked once
 * per term per generation. Thread-safe.
 */
final class SolrPassageIndex implements PassageIndex {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SolrPassageIndex.class);

    private static final int RRF_K = 60;
    /** Tries of one read before a question fails. */
    private static final int ATTEMPTS = 4;
    private static final long RETRY_PAUSE_MS = 150;
    private static final float TITLE_BOOST = 0.3f;
    private static final int LEDE_ARTICLES = 12;
    private static final int MOST_ARTICLES_SAYING = 2_000;
    /** Splits the article ids of a terms filter: a character no file name holds. */
    private static final String SEPARATOR = "\u001f";
    private static final String FIELDS = String.join(",", "id", IndexFields.ARTICLE_ID, IndexFields.ORDINAL,
            IndexFields.SENTENCES, IndexFields.SENTENCE_VECTORS, IndexFields.TITLE_VECTOR, IndexFields.VECTOR);

    private final SolrClient client;
    private volatile String collection;
    private final Generation follow;
    private final Map<String, Article> articles;
    private final Embedder embedder;
    private final Optional<LocalDate> newest;
    private final int passages;
    /** All documents, passages and articles: the count term statistics are taken over, as in the embedded index. */
    private final long documents;
    /** Passage counts by term, as many as the embedded index keeps: a long-running replica sees every word asked. */
    private final Cache<String, Integer> frequencies = Caffeine.newBuilder().maximumSize(CoverageIndex.TERMS_KEPT).build();

    /** Where the alias points now. */
    @FunctionalInterface
    interface Generation {
        String current() throws IOException;
    }

    SolrPassageIndex(SolrClient client, String collection, Generation follow, List<Article> articles, Embedder embedder)
            throws IOException {
        this.client = client;
        this.collection = collection;
        this.follow = follow;
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(article -> byId.put(article.id(), article));
        this.articles = Map.copyOf(byId);
        this.embedder = embedder;
        this.newest = PublishedDate.newest(articles, PublishedDate.latestPossible());
        ModifiableSolrParams count = new ModifiableSolrParams();
        count.set("q", term(IndexFields.KIND, IndexFields.PASSAGE));
        count.set("rows", 0);
        this.passages = (int) query(count).getResults().getNumFound();
        count.set("q", "*:*");
        this.documents = query(count).getResults().getNumFound();
    }

    @Override
    public Map<String, Article> articles() {
        return articles;
    }

    @Override
    public Optional<LocalDate> newest() {
        return newest;
    }

    @Override
    public int passageCount() {
        return passages;
    }

    @Override
    public double share(String term) throws IOException {
        return passagesSaying(term) / (double) Math.max(1, documents);
    }

    @Override
    public double idf(String term) throws IOException {
        long df = passagesSaying(term);
        long n = Math.max(1, documents);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    @Override
    public int passagesSaying(String term) throws IOException {
        Integer known = frequencies.getIfPresent(term);
        if (known == null) {
            ModifiableSolrParams count = new ModifiableSolrParams();
            count.set("q", term(IndexFields.BODY, term));
            count.set("rows", 0);
            known = (int) query(count).getResults().getNumFound();
            frequencies.put(term, known);
        }
        return known;
    }

    @Override
    public Set<String> articlesSaying(String term) throws IOException {
        ModifiableSolrParams saying = new ModifiableSolrParams();
        saying.set("q", term(IndexFields.BODY, term));
        saying.set("fl", IndexFields.ARTICLE_ID);
        saying.set("rows", MOST_ARTICLES_SAYING);
        Set<String> ids = new HashSet<>();
        for (SolrDocument doc : query(saying).getResults()) {
            ids.add((String) doc.getFirstValue(IndexFields.ARTICLE_ID));
        }
        return ids;
    }

    @Override
    public float[] embed(String text) {
        return embedder.embed(text);
    }

    @Override
    public List<PassageHit> search(List<String> terms, float[] questionVector, int k, Set<String> carried,
                                   Set<String> timely) throws IOException {
        Map<String, Double> fused = new HashMap<>();
        Map<String, SolrDocument> docs = new HashMap<>();
        if (!terms.isEmpty()) {
            fuse(fused, docs, query(keywords(terms, k * 2, null)));
            for (Set<String> favoured : List.of(carried, timely)) {
                if (!favoured.isEmpty()) {
                    fuse(fused, docs, query(keywords(terms, k, favoured)));
                }
            }
        }
        if (!timely.isEmpty()) {
            fuse(fused, docs, query(nearest(questionVector, k, timely)));
        }
        fuse(fused, docs, query(nearest(questionVector, k * 2, Set.of())));
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<PassageHit> hits = PassageHit.best(ranked, k, (id, score) -> hit(docs.get(id), score, questionVector));
        hits.addAll(ledes(hits, questionVector));
        hits.sort(Comparator.comparingDouble(PassageHit::fused).reversed());
        return hits;
    }

    /** The opening passage of each of the best-matching articles not yet among the hits, at its article's score. */
    private List<PassageHit> ledes(List<PassageHit> hits, float[] questionVector) throws IOException {
        Map<String, Double> articleScores = PassageHit.ledesMissing(hits, LEDE_ARTICLES);
        if (articleScores.isEmpty()) {
            return List.of();
        }
        ModifiableSolrParams openings = new ModifiableSolrParams();
        openings.set("q", "*:*");
        openings.add("fq", term(IndexFields.KIND, IndexFields.PASSAGE));
        openings.add("fq", IndexFields.ORDINAL + ":0");
        // not "ids": Solr takes that parameter as the unique keys to return, whatever the query says
        openings.add("fq", "{!terms f=" + IndexFields.ARTICLE_ID + " separator=$sep v=$ledes}");
        openings.set("sep", SEPARATOR);
        openings.set("ledes", String.join(SEPARATOR, articleScores.keySet()));
        openings.set("fl", FIELDS);
        openings.set("rows", articleScores.size());
        List<PassageHit> ledes = new ArrayList<>();
        for (SolrDocument doc : query(openings).getResults()) {
            Double score = articleScores.get((String) doc.getFirstValue(IndexFields.ARTICLE_ID));
            PassageHit hit = score == null ? null : hit(doc, score, questionVector);
            if (hit != null) {
                ledes.add(hit);
            }
        }
        return ledes;
    }

    /** Each analysed term in the body, and in the title at a third of the weight; within {@code among} articles if given. */
    private static ModifiableSolrParams keywords(List<String> terms, int rows, Collection<String> among) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        StringBuilder bool = new StringBuilder("{!bool");
        List<String> used = terms.subList(0, Math.min(terms.size(), 64));
        for (int i = 0; i < used.size(); i++) {
            bool.append(" should=$b").append(i).append(" should=$t").append(i);
            params.set("b" + i, term(IndexFields.BODY, used.get(i)));
            params.set("tt" + i, term(IndexFields.TITLE, used.get(i)));
            params.set("t" + i, "{!boost b=" + TITLE_BOOST + " v=$tt" + i + "}");
        }
        params.set("q", bool.append('}').toString());
        params.add("fq", term(IndexFields.KIND, IndexFields.PASSAGE));
        within(params, among);
        params.set("fl", FIELDS + ",score");
        params.set("sort", "score desc,id asc"); // equal scores in passage order, as every store orders them
        params.set("rows", rows);
        return params;
    }

    private static ModifiableSolrParams nearest(float[] vector, int k, Collection<String> among) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        StringBuilder values = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) {
            values.append(i == 0 ? "" : ",").append(vector[i]);
        }
        params.set("q", "{!knn f=" + IndexFields.VECTOR + " topK=" + k + "}" + values.append(']'));
        within(params, among);
        params.set("fl", FIELDS + ",score");
        params.set("sort", "score desc,id asc");
        params.set("rows", k);
        return params;
    }

    private static void within(ModifiableSolrParams params, Collection<String> among) {
        if (among != null && !among.isEmpty()) {
            params.add("fq", "{!terms f=" + IndexFields.ARTICLE_ID + " separator=$sep v=$among}");
            params.set("sep", SEPARATOR);
            params.set("among", String.join(SEPARATOR, among));
        }
    }

    private static String term(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }

    private static void fuse(Map<String, Double> fused, Map<String, SolrDocument> docs, QueryResponse ranking) {
        int rank = 0;
        for (SolrDocument doc : ranking.getResults()) {
            String id = (String) doc.getFirstValue("id");
            fused.merge(id, 1.0 / (RRF_K + rank + 1), Double::sum);
            docs.putIfAbsent(id, doc);
            rank++;
        }
    }

    private PassageHit hit(SolrDocument doc, double fused, float[] questionVector) {
        Article article = articles.get((String) doc.getFirstValue(IndexFields.ARTICLE_ID));
        Object encoded = doc.getFirstValue(IndexFields.SENTENCES);
        if (article == null || encoded == null) {
            return null; // an article no longer in the set
        }
        List<TextSpan> sentences = IndexFields.decode((String) encoded);
        for (TextSpan sentence : sentences) {
            if (sentence.end() > article.text().length()) {
                return null; // written for another version of the article
            }
        }
        TextSpan span = new TextSpan(sentences.get(0).start(), sentences.get(sentences.size() - 1).end());
        Passage passage = new Passage(article.id(), ((Number) doc.getFirstValue(IndexFields.ORDINAL)).intValue(), span,
                sentences);
        byte[] stored = bytes(doc.getFirstValue(IndexFields.SENTENCE_VECTORS));
        double[] sentenceCosines = new double[sentences.size()];
        for (int i = 0; i < sentenceCosines.length; i++) {
            sentenceCosines[i] = IndexFields.quantisedCosine(stored, 0, i, questionVector);
        }
        byte[] title = bytes(doc.getFirstValue(IndexFields.TITLE_VECTOR));
        double titleCosine = title.length == 0 ? 0 : IndexFields.quantisedCosine(title, 0, 0, questionVector);
        return new PassageHit(article, passage, fused, cosine(doc.getFieldValues(IndexFields.VECTOR), questionVector),
                sentenceCosines, titleCosine);
    }

    static byte[] bytes(Object stored) {
        if (stored == null) {
            return new byte[0];
        }
        if (stored instanceof byte[] raw) {
            return raw;
        }
        if (stored instanceof ByteBuffer buffer) {
            byte[] copy = new byte[buffer.remaining()];
            buffer.duplicate().get(copy);
            return copy;
        }
        return java.util.Base64.getDecoder().decode(stored.toString());
    }

    /** Both vectors are unit length, so their dot product is their cosine. */
    private static double cosine(Collection<Object> vector, float[] question) {
        if (vector == null || vector.size() != question.length) {
            return 0;
        }
        double sum = 0;
        int i = 0;
        for (Object component : vector) {
            sum += ((Number) component).doubleValue() * question[i++];
        }
        return sum;
    }

    /**
     * One read, tried again on another replica when a node fails under it (a node going down mid-request):
     * the client's cluster state drops the node, and the next try goes to a live replica.
     */
    private QueryResponse query(ModifiableSolrParams params) throws IOException {
        Exception last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return client.query(collection, params);
            } catch (SolrServerException | RuntimeException | IOException e) {
                last = e;
                if (String.valueOf(e.getMessage()).contains("not found") || String.valueOf(e.getMessage()).contains("No active")) {
                    String now = follow.current();
                    if (!now.equals(collection)) {
                        log.info("Solr collection {} is gone; reading {} behind the alias", collection, now);
                        collection = now;
                    }
                }
                try {
                    Thread.sleep(RETRY_PAUSE_MS * (attempt + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IOException("Solr collection " + collection + " did not answer: " + last.getMessage(), last);
    }

    @Override
    public void close() {
        // the client belongs to the store, which outlives its generations
    }
}
