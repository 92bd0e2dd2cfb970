package org.coveragebot.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coveragebot.retrieval.index.CoverageAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceRankerTest {

    private final QuestionReader reader = new QuestionReader(new CoverageAnalyzer());

    @ParameterizedTest(name = "\"{1}\" names a candidate for \"{0}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "Who saw the plane fall?|Eyewitnesses said the plane fell from the sky.|false",
            "Who saw the plane fall?|Maria Lopez saw the plane fall from the sky.|true",
            "Who saw the plane fall?|A farmer, Maria Lopez, saw it fall.|true",
            "Which airline grounded its jets?|Grounding jets is costly for airlines.|false",
            "Which airline grounded its jets?|Alaska Airlines grounded its jets on Saturday.|true",
            "How much aid did Biden announce?|Biden announced $375 million in aid.|true",
            "How much aid did Biden announce?|Biden announced more aid.|false"})
    void should_count_only_values_of_the_asked_kind_that_the_question_does_not_state(String question, String sentence,
                                                                                     boolean states) {
        assertEquals(states, SentenceRanker.statesAskedKind(reader.read(question), sentence));
    }

    @org.junit.jupiter.api.Test
    void should_rank_the_best_candidates_exactly_when_it_skips_checks_further_down(@org.junit.jupiter.api.io.TempDir
                                                                                 java.nio.file.Path index) throws Exception {
        var set = new org.coveragebot.retrieval.ingest.ArticleFolder(java.nio.file.Path.of("..", "articles")).read();
        try (var embedder = new org.coveragebot.retrieval.index.MiniLmEmbedder()) {
            new org.coveragebot.retrieval.index.CoverageIndexer(index, embedder, new org.coveragebot.retrieval.text.PassageSplitter())
                    .update(set, org.coveragebot.retrieval.index.IndexProgress.SILENT);
            try (var coverage = org.coveragebot.retrieval.index.CoverageIndex.open(index, set.articles(), embedder)) {
                SentenceRanker ranker = new SentenceRanker(coverage, reader);
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
