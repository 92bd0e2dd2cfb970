package org.coveragebot.bot.llm;

import org.coveragebot.bot.DaemonThreads;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.coveragebot.bot.conversation.QuestionRewriter;
import org.coveragebot.bot.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the LLM (rewrite.txt) for the stand-alone form of a follow-up, within the timeout. */
public final class LlmQuestionRewriter implements QuestionRewriter, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LlmQuestionRewriter.class);
    private static final int MAX_QUESTION_CHARS = 300;

    private final ChatModel model;
    private final PromptTemplates prompts;
    private final long timeoutMillis;
    private final ExecutorService calls = Executors.newCachedThreadPool(new DaemonThreads("llm-rewrite"));

    public LlmQuestionRewriter(ChatModel model, PromptTemplates prompts, java.time.Duration timeout) {
        this.model = model;
        this.prompts = prompts;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public Optional<String> rewrite(List<Turn> history, String question) {
        StringBuilder conversation = new StringBuilder();
        for (Turn turn : history) {
            conversation.append("User: ").append(turn.asked()).append('\n');
            if (!turn.answer().citations().isEmpty()) {
                conversation.append("Bot: ").append(turn.answer().citations().get(0).quote()).append('\n');
            }
        }
        String prompt = PromptTemplates.render(prompts.rewrite(),
                Map.of("conversation", conversation.toString().strip(), "question", question));
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> model.chat(UserMessage.from(prompt))
                .aiMessage().text(), calls);
        try {
            String text = call.get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (text == null) {
                return Optional.empty();
            }
            String line = text.strip().lines().findFirst().orElse("").replaceAll("^[\"\u201c]|[\"\u201d]$", "").strip();
            return line.isEmpty() || line.length() > MAX_QUESTION_CHARS ? Optional.empty() : Optional.of(line);
        } catch (java.util.concurrent.TimeoutException e) {
            call.cancel(true);
            log.warn("The LLM did not rewrite the follow-up within {} ms; using the offline resolution", timeoutMillis);
        } catch (java.util.concurrent.ExecutionException e) {
            log.warn("The LLM failed to rewrite the follow-up ({}); using the offline resolution", e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
