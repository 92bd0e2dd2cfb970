package org.coveragebot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.conversation.ChatAnswerer;
import org.coveragebot.bot.conversation.ConversationMemory;
import org.coveragebot.bot.conversation.ConversationalAnswerer;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.Embedder;
import org.coveragebot.retrieval.index.IndexProgress;

/** coverage-bot in its default (extractive) mode, exactly as {@code ask --json} runs it. */
final class CoverageContender implements Contender {

    private final Coverage coverage;
    private final ChatAnswerer answerer;

    CoverageContender(Path articles, Path index, Embedder embedder) throws IOException {
        this.coverage = Coverage.open(articles, index, embedder, IndexProgress.SILENT);
        this.answerer = new ConversationalAnswerer(new ExtractiveAnswerer(coverage), coverage,
                new ConversationMemory(Duration.ofMinutes(30), ConversationMemory.DEFAULT_MAX_CONVERSATIONS, Clock.systemUTC()));
    }

    @Override
    public String name() {
        return "coverage-bot";
    }

    @Override
    public ChatAnswerer answerer() {
        return answerer;
    }

    @Override
    public List<String> retrieve(String question, int k) {
        try {
            return coverage.passages(question, k);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            coverage.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
