package org.coveragebot.bot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * All settings, read once at start-up: the packaged defaults, then the config file
 * ({@code config/coverage-bot.properties} or {@code --config FILE}), then the environment, then
 * command-line flags — each later source wins. Secrets (the bot token, the LLM API key) come only from
 * the environment. A malformed value fails start-up with a message naming the key.
 *
 * @param articles  the article folder
 * @param index     the index folder
 * @param telegramToken the Telegram bot token, if any (never logged)
 * @param telegramApiUrl the Bot API server, if not the public one
 * @param admins    Telegram user ids allowed to change the coverage
 * @param questionsPerMinute per-user question limit in Telegram
 * @param llm       the LLM to answer through, if one is configured ({@code llm.provider=openai})
 * @param prompts   the folder of prompt templates
 * @param conversationExpiry how long an idle conversation is remembered for follow-ups
 */
public record BotConfig(Path articles, Path index, Optional<String> telegramToken, Optional<String> telegramApiUrl,
                        java.util.Set<Long> admins, int questionsPerMinute,
                        Optional<org.coveragebot.bot.llm.LlmSettings> llm, Path prompts,
                        java.time.Duration conversationExpiry) {

    public static final String DEFAULT_CONFIG_FILE = "config/coverage-bot.properties";

    public BotConfig {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(telegramToken, "telegramToken");
        Objects.requireNonNull(telegramApiUrl, "telegramApiUrl");
        admins = java.util.Set.copyOf(admins);
        if (questionsPerMinute < 1) {
            throw new IllegalArgumentException("telegram.questions.per.minute must be at least 1, was " + questionsPerMinute);
        }
    }

    /** Keys and the environment variables that override them. */
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "articles", "COVERAGE_ARTICLES",
            "index", "COVERAGE_INDEX",
            "telegram.api.url", "TELEGRAM_API_URL",
            "admins", "COVERAGE_ADMINS",
            "llm.provider", "COVERAGE_LLM_PROVIDER",
            "llm.base.url", "COVERAGE_LLM_BASE_URL",
            "llm.model", "COVERAGE_LLM_MODEL");

    public static BotConfig load(Path configFile, Map<String, String> environment, Map<String, String> flags) {
        Map<String, String> settings = new HashMap<>();
        readProperties(settings, configFile);
        for (Map.Entry<String, String> entry : ENVIRONMENT.entrySet()) {
            String value = environment.get(entry.getValue());
            if (value != null && !value.isBlank()) {
                settings.put(entry.getKey(), value.strip());
            }
        }
        settings.putAll(flags);
        Path articles = Path.of(settings.getOrDefault("articles", "articles"));
        Path index = settings.containsKey("index") ? Path.of(settings.get("index")) : defaultIndex(articles);
        String token = environment.get("TELEGRAM_BOT_TOKEN");
        return new BotConfig(articles, index, Optional.ofNullable(token).filter(t -> !t.isBlank()).map(String::strip),
                Optional.ofNullable(settings.get("telegram.api.url")), admins(settings.get("admins")),
                integer(settings, "telegram.questions.per.minute", 10), llm(settings, environment),
                Path.of(settings.getOrDefault("prompts", "prompts")),
                java.time.Duration.ofMinutes(integer(settings, "conversation.expiry.minutes", 30)));
    }

    private static Optional<org.coveragebot.bot.llm.LlmSettings> llm(Map<String, String> settings, Map<String, String> environment) {
        String provider = settings.getOrDefault("llm.provider", "none").strip().toLowerCase(Locale.ROOT);
        if (provider.equals("none")) {
            return Optional.empty();
        }
        if (!provider.equals("openai")) {
            throw new IllegalArgumentException("COVERAGE_LLM_PROVIDER / llm.provider must be none or openai, was '" + provider + "'");
        }
        String baseUrl = settings.get("llm.base.url");
        String model = settings.get("llm.model");
        if (baseUrl == null || model == null) {
            throw new IllegalArgumentException("the openai LLM provider needs COVERAGE_LLM_BASE_URL and COVERAGE_LLM_MODEL");
        }
        return Optional.of(new org.coveragebot.bot.llm.LlmSettings(baseUrl, model,
                environment.getOrDefault("COVERAGE_LLM_API_KEY", "none"),
                java.time.Duration.ofSeconds(integer(settings, "llm.timeout.seconds", 20)),
                Double.parseDouble(settings.getOrDefault("llm.temperature", "0")), integer(settings, "llm.max.tokens", 600)));
    }

    private static java.util.Set<Long> admins(String value) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        if (value == null || value.isBlank()) {
            return ids;
        }
        for (String id : value.split(",")) {
            try {
                ids.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("COVERAGE_ADMINS / admins must be comma-separated Telegram user ids; '"
                        + id.strip() + "' is not one");
            }
        }
        return ids;
    }

    private static int integer(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'");
        }
    }

    /** A cache folder of its own for each article folder, so switching folders never thrashes one index. */
    static Path defaultIndex(Path articles) {
        String key = Integer.toHexString(articles.toAbsolutePath().normalize().toString().hashCode());
        String cache = System.getenv().getOrDefault("XDG_CACHE_HOME", System.getProperty("user.home") + "/.cache");
        return Path.of(cache, "coverage-bot", "index-" + key);
    }

    private static void readProperties(Map<String, String> settings, Path configFile) {
        Properties properties = new Properties();
        try (InputStream defaults = BotConfig.class.getResourceAsStream("/coverage-bot.properties")) {
            if (defaults != null) {
                properties.load(new java.io.InputStreamReader(defaults, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the packaged default settings", e);
        }
        if (configFile != null && Files.exists(configFile)) {
            try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot read config file " + configFile + ": " + e.getMessage(), e);
            }
        }
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (!value.isEmpty()) {
                settings.put(key.toLowerCase(Locale.ROOT), value);
            }
        }
    }
}
