package org.coveragebot.bot.conversation;

import java.util.List;
import java.util.Optional;

/** Rewrites a follow-up into a stand-alone question from the conversation (an LLM, where one is configured). */
public interface QuestionRewriter {

    Optional<String> rewrite(List<Turn> history, String question);
}
