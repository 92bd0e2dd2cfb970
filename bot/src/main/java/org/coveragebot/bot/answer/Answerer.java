package org.coveragebot.bot.answer;

/** Answers one question about the coverage. */
public interface Answerer {

    Answer answer(Ask ask);
}
