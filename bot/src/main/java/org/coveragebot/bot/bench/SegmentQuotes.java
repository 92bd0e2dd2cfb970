package org.coveragebot.bot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.conversation.ChatAnswerer;
import org.coveragebot.retrieval.ingest.ArticleMetadata;

/**
 * A baseline's answer as a RAG demo gives it: the top segments, quoted whole and cited, no
 * conversation, no disagreement finding, never "the articles don't say".
 */
final class SegmentQuotes implements ChatAnswerer {

    static final int TOP_SEGMENTS = 3;

    private final Function<String, List<Segment>> retriever;

    /** {@code retriever}: a question's best segments, best first. */
    SegmentQuotes(Function<String, List<Segment>> retriever) {
        this.retriever = retriever;
    }

    @Override
    public Answer answer(String conversation, String message) {
        List<Segment> segments = retriever.apply(message);
        if (segments.isEmpty()) {
            return Answer.notFound("Nothing retrieved.");
        }
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments.subList(0, Math.min(TOP_SEGMENTS, segments.size()))) {
            ArticleMetadata meta = segment.article().metadata();
            Citation citation = new Citation(citations.size() + 1, segment.article().id(), meta.source(), meta.title(),
                    meta.published(), meta.url(), segment.text(), segment.start(), segment.end());
            citations.add(citation);
            text.append('\u201c').append(citation.quote()).append("\u201d [").append(citation.id()).append("]\n");
        }
        for (Citation citation : citations) {
            text.append('[').append(citation.id()).append("] ").append(ExtractiveAnswerer.sourceLine(citation)).append('\n');
        }
        return new Answer(AnswerStatus.ANSWERED, text.toString().strip(), citations, List.of(), null);
    }

    @Override
    public void forget(String conversation) {
        // a baseline keeps no conversation
    }
}
