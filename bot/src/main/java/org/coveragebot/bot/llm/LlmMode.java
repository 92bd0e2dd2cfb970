package org.coveragebot.bot.llm;

import dev.langchain4j.model.openai.OpenAiChatModel;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.conversation.QuestionRewriter;
import org.coveragebot.retrieval.Coverage;

/**
 * The LLM mode, built once from the settings: one LangChain4j OpenAI-compatible chat model (no retries:
 * a slow or failing provider falls back to the extractive answer at once), the answerer and the
 * follow-up rewriter over it. Closing it stops their call threads.
 */
public final class LlmMode implements AutoCloseable {

    private final LlmAnswerer answerer;
    private final LlmQuestionRewriter rewriter;

    public LlmMode(LlmSettings settings, PromptTemplates prompts, Coverage coverage) {
        OpenAiChatModel model = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .temperature(settings.temperature())
                .maxTokens(settings.maxTokens())
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
        this.answerer = new LlmAnswerer(coverage, model, prompts, settings.timeout());
        this.rewriter = new LlmQuestionRewriter(model, prompts, settings.timeout());
    }

    public Answerer answerer() {
        return answerer;
    }

    public QuestionRewriter rewriter() {
        return rewriter;
    }

    @Override
    public void close() {
        answerer.close();
        rewriter.close();
    }
}
