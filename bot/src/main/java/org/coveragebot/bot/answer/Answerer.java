package org.coveragebot.bot.answer;

/** Answers one question about the coverage. */
public interface Answerer {

    /** Answers {@code question}, favouring the articles an earlier answer of the conversation quoted. */
    Answer answer(String question, java.util.Set<String> carriedArticles);

    default Answer answer(String question) {
        return answer(question, java.util.Set.of());
    }
}
