package org.coveragebot.bot.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.search.Findings;

/**
 * What every answerer starts from: the message cleaned and checked, then what the coverage says.
 *
 * @param rejected the reply for a message that cannot be asked (then {@code findings} is null)
 */
public record Evidence(Optional<Answer> rejected, Findings findings) {

    public static Evidence gather(Coverage coverage, Ask ask) {
        Optional<String> problem = QuestionGuard.problem(QuestionGuard.clean(ask.typed()));
        if (problem.isPresent()) {
            return new Evidence(Optional.of(Answer.rejected(problem.get(), problem.get())), null);
        }
        try {
            return new Evidence(Optional.empty(), coverage.find(QuestionGuard.clean(ask.query()), ask.carriedArticles()));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }
}
