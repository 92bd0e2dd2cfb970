package org.coveragebot.retrieval.search;

import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coveragebot.retrieval.index.CoverageAnalyzer;

class SentenceRankerTest {

    private final QuestionReader reader = new QuestionReader(new CoverageAnalyzer());

    @org.junit.jupiter.api.Test
    void should_rank_the_best_candidates_exactly_when_it_skips_checks_further_down(@org.junit.jupiter.api.io.TempDir
                                                                                 java.nio.file.Path index) throws Exception {
        var set = new org.coveragebot.retrieval.ingest.ArticleFolder(java.nio.file.Path.of("..", "articles")).read();
        try (var embedder = new org.coveragebot.retrieval.index.MiniLmEmbedder()) {
            new org.coveragebot.retrieval.index.CoverageIndexer(index, embedder, new org.coveragebot.retrieval.text.PassageSplitter())
                    .update(set, org.coveragebot.retrieval.index.IndexProgress.SILENT);
            try (var coverage = org.coveragebot.retrieval.index.CoverageIndex.open(index, set.articles(), embedder)) {
                SentenceRanker ranker = new SentenceRanker(coverage, reader, new org.coveragebot.retrieval.claims.AnswerExtractor(reader));
                for (String asked : java.util.List.of("Who took Bakhmut?", "How much aid did Biden announce?",
                        "Where did Zelensky meet Biden?")) {
                    Question question = reader.read(asked);
                    var hits = coverage.search(question.terms(), coverage.embed(asked), 24);
                    java.util.List<RankedSentence> exact = ranker.rank(question, hits, java.util.Set.of());
                    java.util.List<RankedSentence> lazy = ranker.rank(question, hits, java.util.Set.of(), 5, 0.8);
                    assertEquals(exact.size(), lazy.size());
                    for (int i = 0; i < exact.size(); i++) {
                        if (i < 5 || exact.get(i).score() >= 0.8 * exact.get(0).score()) {
                            assertEquals(exact.get(i), lazy.get(i), asked + ", candidate " + i);
                        }
                    }
                }
            }
        }
    }
}
