package org.coveragebot.bot.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * The optional LLM: an OpenAI-compatible endpoint (OpenAI, vLLM, llama.cpp server, LM Studio,
 * Ollama's /v1). The API key comes from the environment only and is never logged.
 */
public record LlmSettings(String baseUrl, String model, String apiKey, Duration timeout, double temperature, int maxTokens) {

    public LlmSettings {
        Objects.requireNonNull(baseUrl, "COVERAGE_LLM_BASE_URL");
        Objects.requireNonNull(model, "COVERAGE_LLM_MODEL");
        Objects.requireNonNull(timeout, "timeout");
        if (!baseUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("COVERAGE_LLM_BASE_URL must be an http(s) URL, was '" + baseUrl + "'");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("llm.timeout.seconds must be positive");
        }
        if (maxTokens < 16) {
            throw new IllegalArgumentException("llm.max.tokens must be at least 16, was " + maxTokens);
        }
    }

    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", timeout=" + timeout + ", apiKey=(hidden)]";
    }
}
