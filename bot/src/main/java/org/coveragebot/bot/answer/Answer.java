package org.coveragebot.bot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the bot says to a question, as data: a lead ("That is what AP reported:", or why nothing is
 * quoted), the statements (quotes and prose, each quote by its citation), the citations, and the
 * disagreements among them. Rendered to plain text, Telegram HTML and JSON, each in one place; every
 * citation is referenced by a statement, and every reference has its citation.
 *
 * @param lead  what is said before the statements; empty for none
 * @param error why a message was rejected, else null
 */
public record Answer(AnswerStatus status, String lead, List<Statement> statements, List<Citation> citations,
                     List<Disagreement> disagreements, String error) {

    public Answer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lead, "lead");
        statements = List.copyOf(statements);
        citations = List.copyOf(citations);
        disagreements = List.copyOf(disagreements);
        Set<Integer> ids = new HashSet<>();
        for (Citation citation : citations) {
            if (!ids.add(citation.id())) {
                throw new IllegalArgumentException("citation " + citation.id() + " appears twice");
            }
        }
        Set<Integer> referenced = new HashSet<>();
        for (Statement statement : statements) {
            referenced.addAll(statement.citations());
        }
        for (Disagreement disagreement : disagreements) {
            disagreement.claims().forEach(claim -> referenced.add(claim.citation()));
        }
        if (!referenced.equals(ids)) {
            throw new IllegalArgumentException("citations " + ids + " but statements and disagreements refer to "
                    + referenced);
        }
        if (status != AnswerStatus.ANSWERED && !citations.isEmpty()) {
            throw new IllegalArgumentException("only an answered question cites");
        }
    }

    /** A message that cannot be taken as a question: {@code lead} tells the user why, {@code error} the machine. */
    public static Answer rejected(String lead, String error) {
        return new Answer(AnswerStatus.REJECTED, lead, List.of(), List.of(), List.of(), error);
    }

    public static Answer notFound(String lead) {
        return new Answer(AnswerStatus.NOT_FOUND, lead, List.of(), List.of(), List.of(), null);
    }

    /** The citation with this id. */
    public Citation citation(int id) {
        for (Citation citation : citations) {
            if (citation.id() == id) {
                return citation;
            }
        }
        throw new IllegalArgumentException("no citation " + id);
    }
}
