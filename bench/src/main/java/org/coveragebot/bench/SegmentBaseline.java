package org.coveragebot.bench;

import java.util.List;
import org.coveragebot.bot.conversation.ChatAnswerer;

/** A baseline that retrieves segments: it quotes its top three and is measured on its top k. */
abstract class SegmentBaseline implements Contender {

    /** The question's {@code k} best segments, best first. */
    abstract List<Segment> search(String question, int k);

    @Override
    public ChatAnswerer answerer() {
        return new SegmentQuotes(question -> search(question, SegmentQuotes.TOP_SEGMENTS));
    }

    @Override
    public List<String> retrieve(String question, int k) {
        return search(question, k).stream().map(Segment::text).toList();
    }
}
