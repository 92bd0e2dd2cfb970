package org.coveragebot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.conversation.ChatAnswerer;
import org.coveragebot.bot.answer.Statement;
import org.coveragebot.retrieval.text.TextSpan;

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
        List<Statement> statements = new ArrayList<>();
        for (Segment segment : segments.subList(0, Math.min(TOP_SEGMENTS, segments.size()))) {
            Citation citation = ExtractiveAnswerer.citation(citations.size() + 1, segment.article(),
                    new TextSpan(segment.start(), segment.end()));
            citations.add(citation);
            statements.add(Statement.of(new Statement.Quote(citation.id())));
        }
        return new Answer(AnswerStatus.ANSWERED, "", statements, citations, List.of(), null);
    }

    @Override
    public void forget(String conversation) {
        // a baseline keeps no conversation
    }
}
