package org.coveragebot.retrieval.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleMetadata;
import org.coveragebot.retrieval.ingest.ArticleSet;
import org.coveragebot.retrieval.ingest.KnownArticle;
import org.coveragebot.retrieval.ingest.SkippedFile;
import org.coveragebot.retrieval.text.Passage;
import org.coveragebot.retrieval.text.PassageSplitter;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Brings the on-disk Lucene index in line with an article set: new and changed articles (by content
 * hash) are split, embedded and written; removed ones are deleted; unchanged ones cost nothing.
 * All of an update is one Lucene commit: an update that fails, or a process killed at any moment,
 * leaves the last good commit, which opens and serves; the next update redoes the work.
 */
public final class CoverageIndexer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CoverageIndexer.class);
    /**
     * Bumped whenever documents change shape, or article parsing changes (the index keeps what parsing
     * made of each article); an index of another schema is rebuilt from scratch.
     */
    static final String SCHEMA = "11";
    private static final String SCHEMA_KEY = "coverage-bot.schema";

    private final Path indexDir;
    private final ArticleEncoder encoder;

    public CoverageIndexer(Path indexDir, Embedder embedder, PassageSplitter splitter) {
        this.indexDir = indexDir;
        this.encoder = new ArticleEncoder(embedder, splitter);
    }

    /**
     * As {@link #update(ArticleSet, IndexProgress)}; when {@code committed} (what {@link #knownArticles()}
     * read from the last commit) holds exactly these articles with these hashes, nothing needs writing and
     * no writer is opened: a restart over an unchanged folder goes straight to serving.
     */
    public IndexUpdateReport update(ArticleSet set, Map<String, KnownArticle> committed, IndexProgress progress)
            throws IOException {
        long started = System.nanoTime();
        boolean unchanged = set.sameAs(committed);
        if (!unchanged) {
            return update(set, progress);
        }
        return new IndexUpdateReport(0, 0, 0, set.articles().size(), 0, set.skipped(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    public IndexUpdateReport update(ArticleSet set, IndexProgress progress) throws IOException {
        long started = System.nanoTime();
        try (Directory directory = FSDirectory.open(indexDir);
             IndexWriter writer = openWriter(directory)) {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            Map<String, String> indexed = indexedHashes(writer);
            List<Article> toIndex = new ArrayList<>();
            Set<String> present = new HashSet<>();
            int added = 0;
            int changed = 0;
            for (Article article : set.articles()) {
                present.add(article.id());
                String hash = indexed.get(article.id());
                if (hash == null) {
                    added++;
                    toIndex.add(article);
                } else if (!hash.equals(article.hash())) {
                    changed++;
                    toIndex.add(article);
                }
            }
            int removed = 0;
            for (String id : indexed.keySet()) {
                if (!present.contains(id)) {
                    writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, id));
                    removed++;
                }
            }
            int embedded = 0;
            List<SkippedFile> skipped = new ArrayList<>(set.skipped());
            try {
                for (int i = 0; i < toIndex.size(); i++) {
                    Article article = toIndex.get(i);
                    try {
                        embedded += write(writer, article);
                    } catch (RuntimeException e) {
                        if (!encoder.modelWorks()) {
                            throw e; // the model itself is failing: the whole update fails and the last good set stays
                        }
                        // one article that cannot be split or embedded never stops the build: it is named and left out
                        log.warn("Article {} cannot be indexed ({}); it is skipped", article.id(), e.toString());
                        writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, article.id()));
                        skipped.add(new SkippedFile(article.id(), "cannot be indexed: " + e.getMessage()));
                        if (indexed.containsKey(article.id())) {
                            changed--;
                        } else {
                            added--;
                        }
                    }
                    progress.articlesIndexed(i + 1, toIndex.size());
                }
                writer.commit();
            } catch (IOException | RuntimeException e) {
                writer.rollback(); // the last good commit stays what opens and serves
                throw e;
            }
            int failed = skipped.size() - set.skipped().size();
            int unchanged = set.articles().size() - added - changed - failed;
            return new IndexUpdateReport(added, changed, removed, unchanged, embedded, skipped,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private int write(IndexWriter writer, Article article) throws IOException {
        ArticleEncoder.EncodedArticle encoded = encoder.encode(article);
        List<Document> documents = new ArrayList<>(encoded.passages().size() + 1);
        for (ArticleEncoder.EncodedPassage passage : encoded.passages()) {
            Document doc = passageDocument(article, passage);
            doc.add(new StoredField(IndexFields.TITLE_VECTOR, encoded.titleVector()));
            documents.add(doc);
        }
        Document articleDoc = new Document();
        articleDoc.add(new StringField(IndexFields.KIND, IndexFields.ARTICLE, Field.Store.NO));
        articleDoc.add(new StringField(IndexFields.ARTICLE_ID, article.id(), Field.Store.YES));
        articleDoc.add(new StoredField(IndexFields.HASH, article.hash()));
        KnownArticle known = article.known();
        articleDoc.add(new StoredField(IndexFields.TEXT_HASH, known.textHash()));
        articleDoc.add(new StoredField(IndexFields.BODY_SPANS, IndexFields.encode(known.body())));
        storeIfKnown(articleDoc, IndexFields.META_TITLE, known.metadata().title());
        storeIfKnown(articleDoc, IndexFields.META_SOURCE, known.metadata().source());
        storeIfKnown(articleDoc, IndexFields.META_URL, known.metadata().url());
        storeIfKnown(articleDoc, IndexFields.META_PUBLISHED, known.metadata().published());
        storeIfKnown(articleDoc, IndexFields.META_AUTHOR, known.metadata().author());
        documents.add(articleDoc);
        writer.updateDocuments(new Term(IndexFields.ARTICLE_ID, article.id()), documents);
        return encoded.embedded();
    }

    private static void storeIfKnown(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    /**
     * What the index holds of each article's parse, by article id: empty when there is no index yet or it
     * is of another schema (it will be rebuilt).
     */
    public Map<String, KnownArticle> knownArticles() throws IOException {
        try (Directory directory = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(directory) || !schemaMatches(directory)) {
                return Map.of();
            }
            Map<String, KnownArticle> known = new HashMap<>();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TermQuery articles = new TermQuery(new Term(IndexFields.KIND, IndexFields.ARTICLE));
                for (ScoreDoc hit : searcher.search(articles, Math.max(1, searcher.count(articles))).scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    known.put(doc.get(IndexFields.ARTICLE_ID), new KnownArticle(doc.get(IndexFields.TEXT_HASH),
                            new ArticleMetadata(doc.get(IndexFields.META_TITLE), doc.get(IndexFields.META_SOURCE),
                                    doc.get(IndexFields.META_URL), doc.get(IndexFields.META_PUBLISHED),
                                    doc.get(IndexFields.META_AUTHOR)),
                            IndexFields.decode(doc.get(IndexFields.BODY_SPANS)), doc.get(IndexFields.HASH)));
                }
            }
            return known;
        } catch (IOException | RuntimeException e) {
            log.warn("Index {}: earlier parses unreadable ({}); every article is parsed again", indexDir, e.toString());
            return Map.of();
        }
    }

    private static Document passageDocument(Article article, ArticleEncoder.EncodedPassage encoded) {
        Passage passage = encoded.passage();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.KIND, IndexFields.PASSAGE, Field.Store.NO));
        doc.add(new StringField(IndexFields.ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new IntField(IndexFields.ORDINAL, passage.ordinal(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.SENTENCES, IndexFields.encode(passage.sentences())));
        doc.add(new TextField(IndexFields.BODY, encoded.body(), Field.Store.NO));
        if (article.metadata().title() != null) {
            doc.add(new TextField(IndexFields.TITLE, article.metadata().title(), Field.Store.NO));
        }
        doc.add(new StoredField(IndexFields.SENTENCE_VECTORS, encoded.sentenceVectors()));
        doc.add(new KnnFloatVectorField(IndexFields.VECTOR, encoded.vector(), VectorSimilarityFunction.COSINE));
        return doc;
    }

    /** A writer, appending to an index of this schema or creating a new one; a clear message when another process writes. */
    private IndexWriter openWriter(Directory directory) throws IOException {
        if (!schemaMatches(directory)) {
            for (String file : directory.listAll()) {
                if (file.startsWith("segments") || file.startsWith("_") || file.startsWith("pending_segments")) {
                    directory.deleteFile(file); // the index is a cache of the article folder: start it afresh
                }
            }
        }
        try {
            return new IndexWriter(directory, new IndexWriterConfig(IndexFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
        } catch (LockObtainFailedException e) {
            throw new IOException("index " + indexDir + " is being updated by another process; wait for it or use "
                    + "another --index folder", e);
        }
    }

    /** False for an index of another schema, or one that cannot be read: it is rebuilt from scratch. */
    private boolean schemaMatches(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return true;
        }
        try {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (SCHEMA.equals(data.get(SCHEMA_KEY))) {
                return true;
            }
            log.info("Index {} has schema {}, this version writes {}: rebuilding it", indexDir, data.get(SCHEMA_KEY), SCHEMA);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            log.warn("Index {} cannot be read ({}): rebuilding it", indexDir, e.getMessage());
        }
        return false;
    }

    private static Map<String, String> indexedHashes(IndexWriter writer) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery articles = new TermQuery(new Term(IndexFields.KIND, IndexFields.ARTICLE));
            int count = Math.max(1, searcher.count(articles));
            for (ScoreDoc hit : searcher.search(articles, count).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                hashes.put(doc.get(IndexFields.ARTICLE_ID), doc.get(IndexFields.HASH));
            }
        }
        return hashes;
    }
}
