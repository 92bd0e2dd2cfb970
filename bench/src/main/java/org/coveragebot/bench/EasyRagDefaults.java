package org.coveragebot.bench;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;
import org.coveragebot.retrieval.ingest.Article;

/**
 * Baseline: what a Java developer gets from LangChain4j's easy RAG with its defaults — the recursive
 * 300/30-token splitter, the in-process BGE-small-en-v1.5 (quantized) embedding model, an in-memory
 * embedding store, and a content retriever returning the top three segments (no minimum score).
 */
final class EasyRagDefaults extends SegmentBaseline {

    private static final String SEGMENT = "segment";

    private final EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final List<Segment> segments = new ArrayList<>();

    EasyRagDefaults(List<Article> articles) {
        RecursiveSegments splitter = new RecursiveSegments();
        List<TextSegment> texts = new ArrayList<>();
        for (Article article : articles) {
            for (Segment segment : splitter.split(article)) {
                texts.add(TextSegment.from(segment.text(), new Metadata().put(SEGMENT, segments.size())));
                segments.add(segment);
            }
        }
        for (int from = 0; from < texts.size(); from += 256) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + 256));
            List<Embedding> embeddings = model.embedAll(batch).content();
            store.addAll(embeddings, batch);
        }
    }

    @Override
    public String name() {
        return "easy RAG defaults";
    }

    @Override
    List<Segment> search(String question, int k) {
        ContentRetriever retriever = EmbeddingStoreContentRetriever.builder().embeddingStore(store).embeddingModel(model)
                .maxResults(k).build();
        List<Segment> found = new ArrayList<>();
        for (Content content : retriever.retrieve(Query.from(question))) {
            found.add(segments.get(content.textSegment().metadata().getInteger(SEGMENT)));
        }
        return found;
    }

    @Override
    public void close() {
        // the in-process model and store need no closing
    }
}
