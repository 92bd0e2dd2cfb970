package org.coveragebot.solr;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpClusterStateProvider;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.CoreAdminResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.params.CoreAdminParams;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.coveragebot.retrieval.index.ArticleEncoder;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexFields;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.IndexStore;
import org.coveragebot.retrieval.index.IndexUpdateReport;
import org.coveragebot.retrieval.index.PassageIndex;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleMetadata;
import org.coveragebot.retrieval.ingest.ArticleSet;
import org.coveragebot.retrieval.ingest.KnownArticle;
import org.coveragebot.retrieval.ingest.SkippedFile;
import org.coveragebot.retrieval.text.PassageSplitter;

/**
 * The coverage kept in SolrCloud. The collection name is an alias; each article set lives in a
 * collection of its own behind it ({@code coverage_20261130T193000123}). An update builds the next
 * collection — the unchanged articles' documents copied over with their vectors, only new and changed
 * articles embedded — commits it, and then moves the alias to it in one step: questions read through the
 * alias and see the old set or the new one, never a mix; an update that fails or is killed leaves the
 * alias where it was, and its half-built collection is removed by the next update. The generation before
 * the current one is kept (other replicas may still be finishing a question on it); older ones go.
 *
 * <p>Why an alias and not versioned updates in one collection: a commit in SolrCloud is per shard, so a
 * question could see one shard's new documents beside another's old ones; the alias moves in one
 * ZooKeeper write.
 */
public final class SolrIndexStore implements IndexStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SolrIndexStore.class);
    private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");
    private static final int BATCH = 200;
    private static final Duration ACTIVE_WITHIN = Duration.ofMinutes(2);

    private final SolrSettings settings;
    private final CloudHttp2SolrClient client;
    private final Embedder embedder;
    private final ArticleEncoder encoder;
    private final CoverageConfigset configset = new CoverageConfigset();

    public SolrIndexStore(SolrSettings settings, CloudHttp2SolrClient client, Embedder embedder) {
        this.settings = settings;
        this.client = client;
        this.embedder = embedder;
        this.encoder = new ArticleEncoder(embedder, new PassageSplitter());
    }

    /** Connects to the cluster the settings name. */
    public static SolrIndexStore connect(SolrSettings settings, Embedder embedder) {
        CloudHttp2SolrClient client = settings.solrUrls().isEmpty()
                ? new CloudHttp2SolrClient.Builder(settings.zkHosts(), settings.zkChroot()).build()
                : new CloudHttp2SolrClient.Builder(settings.solrUrls()).build();
        return new SolrIndexStore(settings, client, embedder);
    }

    @Override
    public Map<String, KnownArticle> knownArticles() throws IOException {
        Optional<String> current = current();
        if (current.isEmpty() || !ours(current.get())) {
            return Map.of();
        }
        Map<String, KnownArticle> known = new HashMap<>();
        ModifiableSolrParams articles = new ModifiableSolrParams();
        articles.set("q", "{!term f=" + IndexFields.KIND + "}" + IndexFields.ARTICLE);
        for (SolrDocument doc : all(current.get(), articles)) {
            known.put(text(doc, IndexFields.ARTICLE_ID), new KnownArticle(text(doc, IndexFields.TEXT_HASH),
                    new ArticleMetadata(text(doc, IndexFields.META_TITLE), text(doc, IndexFields.META_SOURCE),
                            text(doc, IndexFields.META_URL), text(doc, IndexFields.META_PUBLISHED),
                            text(doc, IndexFields.META_AUTHOR)),
                    IndexFields.decode(text(doc, IndexFields.BODY_SPANS)), text(doc, IndexFields.HASH)));
        }
        return known;
    }

    @Override
    public IndexUpdateReport update(ArticleSet set, Map<String, KnownArticle> committed, IndexProgress progress)
            throws IOException {
        long started = System.nanoTime();
        boolean unchanged = set.sameAs(committed);
        if (unchanged && current().isPresent()) {
            return new IndexUpdateReport(0, 0, 0, set.articles().size(), 0, set.skipped(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
        ensureConfigset();
        Optional<String> previous = current().filter(this::ours);
        String next = settings.collection() + "_" + LocalDateTime.now(java.time.ZoneOffset.UTC).format(GENERATION);
        removeAbandoned(previous);
        create(next);
        try {
            Set<String> keep = new HashSet<>();
            int added = 0;
            int changed = 0;
            List<Article> toIndex = new ArrayList<>();
            for (Article article : set.articles()) {
                KnownArticle known = previous.isPresent() ? committed.get(article.id()) : null;
                if (known == null) {
                    added++;
                    toIndex.add(article);
                } else if (!known.hash().equals(article.hash())) {
                    changed++;
                    toIndex.add(article);
                } else {
                    keep.add(article.id());
                }
            }
            int removed = previous.isEmpty() ? 0
                    : (int) committed.keySet().stream().filter(id -> set.articles().stream().noneMatch(a -> a.id().equals(id)))
                            .count();
            if (previous.isPresent()) {
                copy(previous.get(), next, keep);
            }
            int embedded = 0;
            List<SkippedFile> skipped = new ArrayList<>(set.skipped());
            List<SolrInputDocument> batch = new ArrayList<>();
            for (int i = 0; i < toIndex.size(); i++) {
                Article article = toIndex.get(i);
                try {
                    ArticleEncoder.EncodedArticle encoded = encoder.encode(article);
                    batch.addAll(documents(encoded));
                    embedded += encoded.embedded();
                } catch (RuntimeException e) {
                    if (!encoder.modelWorks()) {
                        throw e; // the model itself is failing: the whole update fails and the last good set stays
                    }
                    log.warn("Article {} cannot be indexed ({}); it is skipped", article.id(), e.toString());
                    skipped.add(new SkippedFile(article.id(), "cannot be indexed: " + e.getMessage()));
                    if (committed.containsKey(article.id()) && previous.isPresent()) {
                        changed--;
                    } else {
                        added--;
                    }
                }
                if (batch.size() >= BATCH) {
                    add(next, batch);
                }
                progress.articlesIndexed(i + 1, toIndex.size());
            }
            add(next, batch);
            client.commit(next, true, true);
            CollectionAdminRequest.createAlias(settings.collection(), next).process(client);
            log.info("Solr alias {} now serves {}", settings.collection(), next);
            removeOlderThan(previous, next);
            int failed = skipped.size() - set.skipped().size();
            return new IndexUpdateReport(added, changed, removed, set.articles().size() - added - changed - failed,
                    embedded, skipped, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | SolrServerException | RuntimeException e) {
            drop(next); // the alias still names the last good collection
            throw e instanceof IOException io ? io : new IOException("updating Solr collection " + next + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads the collection the alias names now: a snapshot never mixes two generations within a question. Should
     * that collection go (another replica's updates moved on twice), its reads follow the alias again.
     */
    @Override
    public PassageIndex open(List<Article> articles) throws IOException {
        String generation = current().orElseThrow(() -> new IOException("Solr has no collection behind alias "
                + settings.collection() + " yet"));
        return new SolrPassageIndex(client, generation, () -> current().orElse(generation), articles, embedder);
    }

    /**
     * The disk the collection the alias names takes on its nodes, every replica of every shard counted (each
     * core's index size, from the node that holds it); empty when there is no collection yet.
     */
    @Override
    public OptionalLong sizeBytes() throws IOException {
        Optional<String> generation = current();
        if (generation.isEmpty()) {
            return OptionalLong.empty();
        }
        DocCollection state = client.getClusterStateProvider().getCollection(generation.get());
        long total = 0;
        for (Replica replica : state.getReplicas()) {
            CoreAdminRequest status = new CoreAdminRequest();
            status.setAction(CoreAdminParams.CoreAdminAction.STATUS);
            status.setCoreName(replica.getCoreName());
            try {
                CoreAdminResponse response = client.getHttpClient().requestWithBaseUrl(replica.getBaseUrl(), null, status);
                Object index = response.getCoreStatus(replica.getCoreName()).get("index");
                Object size = index instanceof NamedList<?> info ? info.get("sizeInBytes") : null;
                if (!(size instanceof Number bytes)) {
                    throw new IOException("Solr did not report the size of core " + replica.getCoreName());
                }
                total += bytes.longValue();
            } catch (SolrServerException e) {
                throw new IOException("Solr did not report the size of core " + replica.getCoreName() + " ("
                        + e.getMessage() + ")", e);
            }
        }
        return OptionalLong.of(total);
    }

    @Override
    public String describe() {
        return "SolrCloud " + settings.describe();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** The collection the alias names, if the alias exists. */
    Optional<String> current() throws IOException {
        try {
            var state = client.getClusterStateProvider();
            // a URL-based client caches aliases for seconds: ask afresh, an alias moved by another replica counts
            List<String> targets = state instanceof BaseHttpClusterStateProvider http
                    ? http.resolveAlias(settings.collection(), true) : state.resolveAlias(settings.collection());
            String target = targets.isEmpty() ? null : targets.get(0);
            if (target == null || target.equals(settings.collection())) {
                if (CollectionAdminRequest.listCollections(client).contains(settings.collection())) {
                    throw new IOException("Solr has a collection named " + settings.collection() + "; coverage-bot "
                            + "keeps that name for an alias: choose another COVERAGE_SOLR_COLLECTION");
                }
                return Optional.empty();
            }
            return Optional.of(target);
        } catch (SolrServerException | RuntimeException e) {
            // the cluster state is read first: an unreachable cluster shows here, said in one line
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new IOException("SolrCloud at " + settings.describe() + " cannot be reached ("
                    + root.getClass().getSimpleName() + ": " + root.getMessage() + ")", e);
        }
    }

    /** Is the collection made with this version's configset? Another is rebuilt, not updated. */
    private boolean ours(String collection) {
        try {
            DocCollection state = client.getClusterStateProvider().getCollection(collection);
            return state != null && configset.name().equals(state.getConfigName());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void ensureConfigset() throws IOException {
        try {
            List<String> known = new ConfigSetAdminRequest.List().process(client).getConfigSets();
            if (!known.contains(configset.name())) {
                ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(configset.zip(),
                        configset.name() + ".zip", "application/zip");
                new ConfigSetAdminRequest.Upload().setConfigSetName(configset.name()).setUploadStream(zip).process(client);
                log.info("Uploaded configset {} to Solr", configset.name());
            }
        } catch (SolrServerException e) {
            throw new IOException("uploading configset " + configset.name() + ": " + e.getMessage(), e);
        }
    }

    private void create(String collection) throws IOException {
        try {
            CollectionAdminRequest.createCollection(collection, configset.name(), settings.shards(), settings.replicas())
                    .process(client);
            long deadline = System.nanoTime() + ACTIVE_WITHIN.toNanos();
            while (!active(collection)) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("collection " + collection + " did not become active within " + ACTIVE_WITHIN);
                }
                Thread.sleep(200);
            }
        } catch (SolrServerException e) {
            throw new IOException("creating Solr collection " + collection + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating " + collection, e);
        }
    }

    private boolean active(String collection) throws IOException {
        DocCollection state = client.getClusterStateProvider().getCollection(collection);
        if (state == null || state.getSlices().isEmpty()) {
            return false;
        }
        Set<String> live = client.getClusterStateProvider().getLiveNodes();
        return state.getSlices().stream().allMatch(slice -> slice.getReplicas().stream()
                .allMatch(replica -> replica.getState() == Replica.State.ACTIVE && live.contains(replica.getNodeName())));
    }

    /** Copies the documents of {@code articles} from one generation to the next, vectors and all: nothing is embedded again. */
    private void copy(String from, String to, Set<String> articles) throws IOException, SolrServerException {
        if (articles.isEmpty()) {
            return;
        }
        ModifiableSolrParams everything = new ModifiableSolrParams();
        everything.set("q", "*:*");
        List<SolrInputDocument> batch = new ArrayList<>();
        for (SolrDocument doc : all(from, everything)) {
            if (articles.contains(text(doc, IndexFields.ARTICLE_ID))) {
                SolrInputDocument copy = new SolrInputDocument();
                for (String field : doc.getFieldNames()) {
                    if (!field.equals("_version_")) {
                        Collection<Object> values = doc.getFieldValues(field);
                        copy.setField(field, field.equals(IndexFields.VECTOR) ? floats(values)
                                : values.size() == 1 ? values.iterator().next() : values);
                    }
                }
                batch.add(copy);
                if (batch.size() >= BATCH) {
                    add(to, batch);
                }
            }
        }
        add(to, batch);
    }

    private static List<Float> floats(Collection<Object> values) {
        List<Float> floats = new ArrayList<>(values.size());
        values.forEach(value -> floats.add(((Number) value).floatValue()));
        return floats;
    }

    private static List<SolrInputDocument> documents(ArticleEncoder.EncodedArticle encoded) {
        Article article = encoded.article();
        List<SolrInputDocument> docs = new ArrayList<>();
        for (ArticleEncoder.EncodedPassage passage : encoded.passages()) {
            SolrInputDocument doc = new SolrInputDocument();
            doc.setField("id", org.coveragebot.retrieval.index.CoverageIndex.passageKey(article.id(), passage.passage().ordinal()));
            doc.setField(IndexFields.KIND, IndexFields.PASSAGE);
            doc.setField(IndexFields.ARTICLE_ID, article.id());
            doc.setField(IndexFields.ORDINAL, passage.passage().ordinal());
            doc.setField(IndexFields.SENTENCES, IndexFields.encode(passage.passage().sentences()));
            doc.setField(IndexFields.BODY, passage.body());
            if (article.metadata().title() != null) {
                doc.setField(IndexFields.TITLE, article.metadata().title());
            }
            List<Float> vector = new ArrayList<>(passage.vector().length);
            for (float component : passage.vector()) {
                vector.add(component);
            }
            doc.setField(IndexFields.VECTOR, vector);
            doc.setField(IndexFields.SENTENCE_VECTORS, passage.sentenceVectors());
            doc.setField(IndexFields.TITLE_VECTOR, encoded.titleVector());
            docs.add(doc);
        }
        SolrInputDocument articleDoc = new SolrInputDocument();
        KnownArticle known = article.known();
        articleDoc.setField("id", article.id());
        articleDoc.setField(IndexFields.KIND, IndexFields.ARTICLE);
        articleDoc.setField(IndexFields.ARTICLE_ID, article.id());
        articleDoc.setField(IndexFields.HASH, article.hash());
        articleDoc.setField(IndexFields.TEXT_HASH, known.textHash());
        articleDoc.setField(IndexFields.BODY_SPANS, IndexFields.encode(known.body()));
        setIfKnown(articleDoc, IndexFields.META_TITLE, known.metadata().title());
        setIfKnown(articleDoc, IndexFields.META_SOURCE, known.metadata().source());
        setIfKnown(articleDoc, IndexFields.META_URL, known.metadata().url());
        setIfKnown(articleDoc, IndexFields.META_PUBLISHED, known.metadata().published());
        setIfKnown(articleDoc, IndexFields.META_AUTHOR, known.metadata().author());
        docs.add(articleDoc);
        return docs;
    }

    private static void setIfKnown(SolrInputDocument doc, String field, String value) {
        if (value != null) {
            doc.setField(field, value);
        }
    }

    private void add(String collection, List<SolrInputDocument> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            client.add(collection, batch);
        } catch (SolrServerException e) {
            throw new IOException("writing to Solr collection " + collection + ": " + e.getMessage(), e);
        }
        batch.clear();
    }

    /** Every document matching {@code params}, page by page with a cursor. */
    private List<SolrDocument> all(String collection, ModifiableSolrParams params) throws IOException {
        List<SolrDocument> docs = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        params.set("sort", "id asc");
        params.set("rows", 500);
        params.set("fl", "*");
        while (true) {
            params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page;
            try {
                page = client.query(collection, params);
            } catch (SolrServerException e) {
                throw new IOException("reading Solr collection " + collection + ": " + e.getMessage(), e);
            }
            docs.addAll(page.getResults());
            String next = page.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return docs;
            }
            cursor = next;
        }
    }

    /** Half-built generations a failed or killed update left behind: neither the alias's nor the one before. */
    private void removeAbandoned(Optional<String> current) throws IOException {
        for (String collection : generations()) {
            if (current.map(name -> !name.equals(collection)).orElse(true) && !collection.equals(keptBefore(current))) {
                drop(collection);
            }
        }
    }

    private void removeOlderThan(Optional<String> previous, String current) throws IOException {
        for (String collection : generations()) {
            if (!collection.equals(current) && previous.map(name -> !name.equals(collection)).orElse(true)) {
                drop(collection);
            }
        }
    }

    /** The generation before the alias's, kept for questions other replicas may be finishing. */
    private String keptBefore(Optional<String> current) throws IOException {
        if (current.isEmpty()) {
            return "";
        }
        return generations().stream().filter(name -> name.compareTo(current.get()) < 0).max(String::compareTo).orElse("");
    }

    private List<String> generations() throws IOException {
        try {
            String prefix = settings.collection() + "_";
            return CollectionAdminRequest.listCollections(client).stream()
                    .filter(name -> name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d{8}T\\d{9}"))
                    .sorted().toList();
        } catch (SolrServerException e) {
            throw new IOException("listing Solr collections: " + e.getMessage(), e);
        }
    }

    private void drop(String collection) {
        try {
            CollectionAdminRequest.deleteCollection(collection).process(client);
            log.info("Removed Solr collection {}", collection);
        } catch (IOException | SolrServerException | RuntimeException e) {
            log.warn("Could not remove Solr collection {} ({}); the next update tries again", collection, e.toString());
        }
    }

    private static String text(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value == null ? null : value.toString();
    }
}
