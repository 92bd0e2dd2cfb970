package org.coveragebot.retrieval.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The {@link AnalysisChain} built into an analyser: used for the index and for questions alike, so that
 * "won"/"wins", Zelensky/Zelenskyy, Bakhmut/Bachmut, G7/G-7 and U.S./US are one term each.
 */
public final class CoverageAnalyzer extends DelegatingAnalyzerWrapper {

    private final Analyzer chain;

    public CoverageAnalyzer() {
        super(GLOBAL_REUSE_STRATEGY);
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder(new ClasspathResourceLoader(CoverageAnalyzer.class));
            for (AnalysisChain.Step step : AnalysisChain.CHAR_FILTERS) {
                builder.addCharFilter(step.factory(), new HashMap<>(step.parameters()));
            }
            builder.withTokenizer(AnalysisChain.TOKENIZER.factory(), new HashMap<>(AnalysisChain.TOKENIZER.parameters()));
            for (AnalysisChain.Step step : AnalysisChain.TOKEN_FILTERS) {
                builder.addTokenFilter(step.factory(), new HashMap<>(step.parameters()));
            }
            this.chain = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the analysis resources are packaged with this class", e);
        }
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return chain;
    }
}
