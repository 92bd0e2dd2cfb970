package org.coveragebot.bot.answer;

/** Answers one question about the coverage. */
public interface Answerer {

    Answer answer(String question);

    /** Answers a follow-up, favouring the articles an earlier answer of the conversation quoted. */
    default Answer answer(String question, java.util.Set<String> carriedArticles) {
        return answer(question);
    }
}
