package org.coveragebot.bot.llm;

import org.coveragebot.bot.DaemonThreads;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.Ask;
import org.coveragebot.bot.answer.Statement;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.Disagreement;
import org.coveragebot.bot.answer.Evidence;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.facts.Dispute;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.search.Findings;
import org.coveragebot.retrieval.search.Quote;
import org.coveragebot.retrieval.text.TextSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers through an LLM and keeps every extractive guarantee: the model sees only the retrieved
 * passages, numbered; each quote it returns is checked against its passage and mapped to exact
 * article offsets; a sentence carrying an unverifiable quote (or none) is dropped; disagreements come
 * from the deterministic detector, whatever the model says. Provider trouble, a timeout or nothing
 * verifiable left: the extractive answer goes out instead.
 */
public final class LlmAnswerer implements Answerer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201d')\\]]?)\\s+|(?<=\\])\\s+(?=\\p{Lu})");
    private static final String NOT_IN_COVERAGE = "NOT IN COVERAGE";

    private final Coverage coverage;
    private final ChatModel model;
    private final PromptTemplates prompts;
    private final long timeoutMillis;
    private final ExecutorService calls = Executors.newCachedThreadPool(new DaemonThreads("llm"));

    public LlmAnswerer(Coverage coverage, ChatModel model, PromptTemplates prompts, java.time.Duration timeout) {
        this.coverage = coverage;
        this.model = model;
        this.prompts = prompts;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public Answer answer(Ask ask) {
        Evidence evidence = Evidence.gather(coverage, ask);
        if (evidence.rejected().isPresent()) {
            return evidence.rejected().get();
        }
        Findings findings = evidence.findings();
        String question = findings.question().text();
        Answer extractive = ExtractiveAnswerer.compose(ask, findings);
        if (!findings.answered()) {
            return extractive;
        }
        List<NumberedPassage> passages = number(findings);
        Optional<String> reply = ask(question, passages);
        if (reply.isEmpty() || reply.get().contains(NOT_IN_COVERAGE)) {
            return extractive;
        }
        return compose(reply.get(), passages, findings, ask).orElseGet(() -> {
            log.warn("No quote of the LLM's answer could be verified; sending the extractive answer");
            return extractive;
        });
    }

    private Optional<String> ask(String question, List<NumberedPassage> passages) {
        String user = PromptTemplates.render(prompts.answer(), Map.of("passages", format(passages), "question", question));
        CompletableFuture<String> call = CompletableFuture.supplyAsync(
                () -> model.chat(SystemMessage.from(prompts.system()), UserMessage.from(user)).aiMessage().text(), calls);
        try {
            return Optional.ofNullable(call.get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            call.cancel(true);
            log.warn("The LLM did not answer within {} ms; sending the extractive answer", timeoutMillis);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            log.warn("The LLM failed ({}: {}); sending the extractive answer", cause.getClass().getSimpleName(), cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** The extractive quotes, each with the sentence before it for context, numbered from 1. */
    static List<NumberedPassage> number(Findings findings) {
        List<NumberedPassage> passages = new ArrayList<>();
        for (Quote quote : findings.quotes()) {
            TextSpan span = quote.previous() != null && quote.previous().end() <= quote.span().start()
                    ? new TextSpan(quote.previous().start(), quote.span().end()) : quote.span();
            passages.add(new NumberedPassage(passages.size() + 1, quote.article(), span));
        }
        return passages;
    }

    static String format(List<NumberedPassage> passages) {
        StringBuilder out = new StringBuilder();
        for (NumberedPassage passage : passages) {
            Article article = passage.article();
            out.append('[').append(passage.number()).append("] ").append(article.outletOrName());
            if (article.metadata().published() != null) {
                out.append(", ").append(article.metadata().published());
            }
            out.append(":\n").append(passage.text().replace('\n', ' ')).append("\n\n");
        }
        return out.toString().strip();
    }

    /** The LLM's sentences whose quotes all verify, re-cited with exact offsets, plus the disagreements. */
    private Optional<Answer> compose(String reply, List<NumberedPassage> passages, Findings findings, Ask ask) {
        Map<String, Citation> citations = new LinkedHashMap<>();
        List<Statement> statements = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(reply.strip())) {
            List<QuoteVerifier.ClaimedQuote> quotes = QuoteVerifier.check(sentence, passages);
            if (quotes.isEmpty() || quotes.stream().anyMatch(q -> q.inArticle().isEmpty())) {
                continue; // an unsupported or unverifiable claim goes, with its sentence
            }
            List<Statement.Part> parts = new ArrayList<>();
            int at = 0;
            for (QuoteVerifier.ClaimedQuote quote : quotes) {
                NumberedPassage passage = passages.get(quote.passage() - 1);
                Citation citation = cite(citations, passage.article(), quote.inArticle().orElseThrow());
                words(parts, sentence.substring(at, quote.start()));
                parts.add(new Statement.Quote(citation.id()));
                at = quote.end();
            }
            words(parts, sentence.substring(at).replaceAll("\\s*\\[\\d+]", ""));
            statements.add(new Statement(parts));
        }
        if (citations.isEmpty()) {
            return Optional.empty();
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (Dispute dispute : findings.disputes()) {
            disagreements.add(ExtractiveAnswerer.disagreement(dispute,
                    side -> citeCovering(citations, findings.quotes().get(side.statement()), side.value()).id(), ask));
        }
        return Optional.of(new Answer(AnswerStatus.ANSWERED, "", statements, List.copyOf(citations.values()),
                disagreements, null));
    }

    /** The LLM's own words between quotes, where there are any. */
    private static void words(List<Statement.Part> parts, String text) {
        if (!text.isBlank()) {
            parts.add(new Statement.Words(text));
        }
    }

    private static Citation cite(Map<String, Citation> citations, Article article, TextSpan span) {
        String key = article.id() + "@" + span.start() + ":" + span.end();
        return citations.computeIfAbsent(key, k -> ExtractiveAnswerer.citation(citations.size() + 1, article, span));
    }

    /** A citation of {@code sentence}'s article that contains the value; the whole sentence if none does. */
    private static Citation citeCovering(Map<String, Citation> citations, Quote quote,
                                         org.coveragebot.retrieval.facts.Value value) {
        for (Citation citation : citations.values()) {
            if (citation.article().equals(quote.article().id()) && citation.start() <= value.start()
                    && value.end() <= citation.end()) {
                return citation;
            }
        }
        return cite(citations, quote.article(), quote.span());
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
