package org.coveragebot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.coveragebot.retrieval.ingest.Article;

/** Baseline: Lucene BM25 (English analysis) over the easy-RAG segments, the top three quoted. */
final class Bm25Segments extends SegmentBaseline {

    private static final String TEXT = "text";
    private static final String SEGMENT = "segment";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<Segment> segments = new ArrayList<>();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    Bm25Segments(List<Article> articles) throws IOException {
        RecursiveSegments splitter = new RecursiveSegments();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Article article : articles) {
                for (Segment segment : splitter.split(article)) {
                    Document doc = new Document();
                    doc.add(new TextField(TEXT, segment.text(), Field.Store.NO));
                    doc.add(new StoredField(SEGMENT, segments.size()));
                    segments.add(segment);
                    writer.addDocument(doc);
                }
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    @Override
    public String name() {
        return "BM25 segments";
    }

    @Override
    List<Segment> search(String question, int k) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, question)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                query.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
            }
            tokens.end();
            List<Segment> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), k).scoreDocs) {
                found.add(segments.get(searcher.storedFields().document(hit.doc).getField(SEGMENT).numericValue().intValue()));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
