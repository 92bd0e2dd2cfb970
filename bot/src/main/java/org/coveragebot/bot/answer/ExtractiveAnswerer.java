package org.coveragebot.bot.answer;

import java.util.ArrayList;
import java.util.List;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.facts.Conflict;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.ingest.ArticleMetadata;
import org.coveragebot.retrieval.search.Findings;
import org.coveragebot.retrieval.search.RankedSentence;

/**
 * The default answerer, no LLM: the sentences that answer, quoted verbatim and numbered, then a plain
 * note where sources disagree, then the list of sources. When the coverage does not answer, it says so.
 */
public final class ExtractiveAnswerer implements Answerer {

    private final Coverage coverage;

    public ExtractiveAnswerer(Coverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public Answer answer(String message, java.util.Set<String> carriedArticles) {
        Evidence evidence = Evidence.gather(coverage, message, carriedArticles);
        return evidence.rejected().orElseGet(() -> compose(evidence.findings()));
    }

    public static Answer compose(Findings findings) {
        if (!findings.answered()) {
            return Answer.notFound("The articles don't say. Nothing in the coverage answers \u201c"
                    + findings.question().text() + "\u201d, so I won't guess. Try other words, or ask about "
                    + "something the articles report.");
        }
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (RankedSentence quote : findings.quotes()) {
            Citation citation = citation(citations.size() + 1, quote);
            citations.add(citation);
            text.append('\u201c').append(citation.quote()).append("\u201d [").append(citation.id()).append("]\n");
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (Conflict conflict : findings.conflicts()) {
            Citation first = citations.get(conflict.first());
            Citation second = citations.get(conflict.second());
            disagreements.add(new Disagreement(conflict.topic(), List.of(
                    new Disagreement.Claim(first.id(), conflict.firstValue().text()),
                    new Disagreement.Claim(second.id(), conflict.secondValue().text()))));
            text.append("\nSources disagree on \u201c").append(conflict.topic()).append("\u201d: ")
                    .append(first.outlet()).append(" says ")
                    .append(conflict.firstValue().text()).append(" [").append(first.id()).append("]; ")
                    .append(second.outlet()).append(" says ")
                    .append(conflict.secondValue().text()).append(" [").append(second.id()).append("].\n");
        }
        text.append('\n');
        for (Citation citation : citations) {
            text.append('[').append(citation.id()).append("] ").append(sourceLine(citation)).append('\n');
        }
        return new Answer(AnswerStatus.ANSWERED, text.toString().strip(), citations, disagreements, null);
    }

    private static Citation citation(int id, RankedSentence quote) {
        Article article = quote.article();
        ArticleMetadata meta = article.metadata();
        return new Citation(id, article.id(), meta.source(), meta.title(), meta.published(), meta.url(), quote.text(),
                quote.span().start(), quote.span().end());
    }

    /** "USA Today, “Taiwan votes …”, 2024-01-05" — whatever of it is known. */
    public static String sourceLine(Citation citation) {
        StringBuilder line = new StringBuilder();
        line.append(citation.outlet());
        if (citation.title() != null) {
            line.append(", \u201c").append(citation.title()).append('\u201d');
        }
        citation.day().ifPresent(day -> line.append(", ").append(day));
        return line.toString();
    }
}
