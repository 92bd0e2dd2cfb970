package org.coveragebot.bot.answer;

import java.util.ArrayList;
import java.util.List;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.facts.Dispute;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleMetadata;
import org.coveragebot.retrieval.question.TopicPhrase;
import org.coveragebot.retrieval.search.Findings;
import org.coveragebot.retrieval.search.Quote;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * The default answerer, no LLM: the sentences that answer, quoted verbatim and numbered (with who said
 * them, where the article says), the disagreements among them, and the sources. When the coverage does
 * not answer, it says so.
 */
public final class ExtractiveAnswerer implements Answerer {

    private final Coverage coverage;

    public ExtractiveAnswerer(Coverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public Answer answer(Ask ask) {
        Evidence evidence = Evidence.gather(coverage, ask);
        return evidence.rejected().orElseGet(() -> compose(ask, evidence.findings()));
    }

    public static Answer compose(Ask ask, Findings findings) {
        if (!findings.answered()) {
            return notFound(ask);
        }
        List<Citation> citations = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (Quote quote : findings.quotes()) {
            Citation citation = citation(citations.size() + 1, quote);
            citations.add(citation);
            statements.add(quoting(citation));
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (Dispute dispute : findings.disputes()) {
            disagreements.add(disagreement(dispute, side -> citations.get(side.statement()).id(), ask));
        }
        return new Answer(AnswerStatus.ANSWERED, "", statements, citations, disagreements, null);
    }

    /** What is said when the coverage does not answer: the question as the user typed it, nothing carried over. */
    public static Answer notFound(Ask ask) {
        return Answer.notFound("The articles don't say. Nothing in the coverage answers \u201c"
                + QuestionGuard.clean(ask.typed()) + "\u201d, so I won't guess. Try other words, or ask about something "
                + "the articles report.");
    }

    /** A quote as a statement of its own, introduced by its speaker when the article names one. */
    public static Statement quoting(Citation citation) {
        return citation.speaker() == null ? Statement.of(new Statement.Quote(citation.id()))
                : Statement.of(new Statement.Words(citation.speaker() + " said: "), new Statement.Quote(citation.id()));
    }

    static Citation citation(int id, Quote quote) {
        Citation plain = citation(id, quote.article(), quote.span());
        return new Citation(id, plain.article(), plain.source(), plain.title(), plain.published(), plain.url(),
                plain.quote(), plain.start(), plain.end(), quote.speaker().orElse(null),
                quote.answer().map(org.coveragebot.retrieval.facts.Value::text).orElse(null));
    }

    /** A dispute of the findings as the answer states it, each side by the citation {@code cited} gives it. */
    public static Disagreement disagreement(Dispute dispute, java.util.function.ToIntFunction<Dispute.Side> cited, Ask ask) {
        List<Disagreement.Claim> claims = new ArrayList<>();
        for (Dispute.Side side : dispute.sides()) {
            claims.add(new Disagreement.Claim(cited.applyAsInt(side), side.value().text()));
        }
        // a follow-up is searched with words of the conversation; the note speaks of the question as asked
        String topic = ask.typed().equals(ask.query()) ? dispute.topic() : TopicPhrase.of(QuestionGuard.clean(ask.typed()));
        return new Disagreement(topic, dispute.kind() == Dispute.Kind.UPDATE ? Disagreement.Kind.UPDATE
                : Disagreement.Kind.CONFLICT, claims);
    }

    /** Citation {@code id} of {@code span} of an article, its date as an ISO day. */
    public static Citation citation(int id, Article article, TextSpan span) {
        ArticleMetadata meta = article.metadata();
        return new Citation(id, article.id(), meta.source(), meta.title(),
                meta.publishedDate().map(Object::toString).orElse(null), meta.url(), span.of(article.text()),
                span.start(), span.end(), null);
    }
}
