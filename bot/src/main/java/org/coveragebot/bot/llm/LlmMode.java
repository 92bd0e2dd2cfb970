package org.coveragebot.bot.llm;

import dev.langchain4j.model.openai.OpenAiChatModel;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.conversation.QuestionRewriter;
import org.coveragebot.retrieval.Coverage;

/** Builds the LLM answerer from the settings: LangChain4j's OpenAI-compatible chat model, no retries. */
public final class LlmMode {

    private LlmMode() {
    }

    public static Answerer answerer(LlmSettings settings, PromptTemplates prompts, Coverage coverage) {
        return new LlmAnswerer(coverage, model(settings), prompts, settings.timeout());
    }

    public static QuestionRewriter rewriter(LlmSettings settings, PromptTemplates prompts) {
        return new LlmQuestionRewriter(model(settings), prompts, settings.timeout());
    }

    private static OpenAiChatModel model(LlmSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .temperature(settings.temperature())
                .maxTokens(settings.maxTokens())
                .timeout(settings.timeout())
                .maxRetries(0) // a slow or failing provider falls back to the extractive answer at once
                .build();
    }
}
