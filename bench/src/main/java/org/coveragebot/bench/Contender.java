package org.coveragebot.bench;

import java.util.List;
import org.coveragebot.bot.conversation.ChatAnswerer;

/** A question-answering system measured on an eval set: coverage-bot itself, or a baseline built beside it. */
interface Contender extends AutoCloseable {

    String name();

    /** Answers as {@code ask --json} does, conversation by conversation. */
    ChatAnswerer answerer();

    /** The texts of the {@code k} best units the system retrieves for a question (passages or segments), best first. */
    List<String> retrieve(String question, int k);

    @Override
    void close();
}
