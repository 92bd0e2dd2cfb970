package org.coveragebot.bot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.coveragebot.bot.llm.LlmSettings;
import org.coveragebot.bot.telegram.WebhookSettings;
import org.coveragebot.solr.SolrSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All settings, read once at start-up: the packaged defaults, then the config file
 * ({@code config/coverage-bot.properties} or {@code --config FILE}), then the environment, then
 * command-line flags — each later source wins. Secrets (the bot token, the LLM API key) come only from
 * the environment. Every malformed value fails start-up, before any work, with a message naming the
 * setting.
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
 * @param logLevel  the root log level
 * @param solr      the SolrCloud cluster that keeps the coverage, if one is configured (else the local index)
 * @param redis     the Redis server that keeps chat state, if one is configured (else memory)
 * @param webhook   Telegram webhook mode, if configured (else long polling)
 */
public record BotConfig(Path articles, Path index, Optional<String> telegramToken, Optional<URI> telegramApiUrl,
                        Set<Long> admins, int questionsPerMinute, Optional<LlmSettings> llm, Path prompts,
                        Duration conversationExpiry, String logLevel, Optional<SolrSettings> solr,
                        Optional<URI> redis, Optional<WebhookSettings> webhook) {

    public static final String DEFAULT_CONFIG_FILE = "config/coverage-bot.properties";

    private static final Logger log = LoggerFactory.getLogger(BotConfig.class);
    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    public BotConfig {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(telegramToken, "telegramToken");
        Objects.requireNonNull(telegramApiUrl, "telegramApiUrl");
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(conversationExpiry, "conversationExpiry");
        Objects.requireNonNull(solr, "solr");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(webhook, "webhook");
        admins = Set.copyOf(admins);
        if (questionsPerMinute < 1) {
            throw new IllegalArgumentException("telegram.questions.per.minute must be at least 1, was " + questionsPerMinute);
        }
        if (conversationExpiry.toMinutes() < 1) {
            throw new IllegalArgumentException("conversation.expiry.minutes must be at least 1, was "
                    + conversationExpiry.toMinutes());
        }
    }

    /** File keys and the environment variables that override them. */
    private static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("articles", "COVERAGE_ARTICLES"),
            Map.entry("index", "COVERAGE_INDEX"),
            Map.entry("telegram.api.url", "TELEGRAM_API_URL"),
            Map.entry("admins", "COVERAGE_ADMINS"),
            Map.entry("llm.provider", "COVERAGE_LLM_PROVIDER"),
            Map.entry("llm.base.url", "COVERAGE_LLM_BASE_URL"),
            Map.entry("llm.model", "COVERAGE_LLM_MODEL"),
            Map.entry("solr.url", "COVERAGE_SOLR_URL"),
            Map.entry("solr.collection", "COVERAGE_SOLR_COLLECTION"),
            Map.entry("telegram.webhook.url", "TELEGRAM_WEBHOOK_URL"),
            Map.entry("telegram.webhook.listen", "TELEGRAM_WEBHOOK_LISTEN"));
    /** File keys without an environment variable. */
    private static final Set<String> FILE_ONLY = Set.of("telegram.questions.per.minute", "llm.timeout.seconds",
            "llm.temperature", "llm.max.tokens", "prompts", "conversation.expiry.minutes", "solr.shards", "solr.replicas");

    /** The name a setting goes by in messages: its environment variable and file key, as far as it has them. */
    private static String named(String key) {
        String variable = ENVIRONMENT.get(key);
        return variable == null ? key : variable + " / " + key;
    }

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
                Optional.ofNullable(settings.get("telegram.api.url")).map(BotConfig::apiUrl), admins(settings.get("admins")),
                integer(settings, "telegram.questions.per.minute", 10, 1), llm(settings, environment),
                Path.of(settings.getOrDefault("prompts", "prompts")),
                Duration.ofMinutes(integer(settings, "conversation.expiry.minutes", 30, 1)),
                logLevel(environment.get("COVERAGE_LOG_LEVEL")), solr(settings), redis(environment),
                webhook(settings, environment));
    }

    /** The SolrCloud cluster, when {@code COVERAGE_SOLR_URL} is set. */
    private static Optional<SolrSettings> solr(Map<String, String> settings) {
        int shards = integer(settings, "solr.shards", SolrSettings.DEFAULT_SHARDS, 1);
        int replicas = integer(settings, "solr.replicas", SolrSettings.DEFAULT_REPLICAS, 1);
        String collection = settings.getOrDefault("solr.collection", SolrSettings.DEFAULT_COLLECTION);
        String url = settings.get("solr.url");
        if (url == null) {
            if (settings.containsKey("solr.collection")) {
                throw new IllegalArgumentException(named("solr.collection") + " is set but " + named("solr.url") + " is not");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(SolrSettings.parse(url, collection, shards, replicas));
        } catch (IllegalArgumentException e) {
            String what = e.getMessage().startsWith("collection") ? named("solr.collection") : named("solr.url");
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }

    /** The Redis server, when {@code COVERAGE_REDIS_URL} is set: environment only, as its URL may hold a password. */
    private static Optional<URI> redis(Map<String, String> environment) {
        String value = environment.get("COVERAGE_REDIS_URL");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(value.strip());
            if (("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("COVERAGE_REDIS_URL must look like redis://host:6379, was '"
                + withoutPassword(value.strip()) + "'");
    }

    /** Webhook mode, when {@code TELEGRAM_WEBHOOK_URL} is set: it then needs the secret token, from the environment. */
    private static Optional<WebhookSettings> webhook(Map<String, String> settings, Map<String, String> environment) {
        String url = settings.get("telegram.webhook.url");
        String secret = environment.get("TELEGRAM_WEBHOOK_SECRET");
        if (url == null) {
            if (settings.containsKey("telegram.webhook.listen")) {
                throw new IllegalArgumentException(named("telegram.webhook.listen") + " is set but "
                        + named("telegram.webhook.url") + " is not");
            }
            return Optional.empty();
        }
        return Optional.of(WebhookSettings.parse(url, settings.getOrDefault("telegram.webhook.listen",
                WebhookSettings.DEFAULT_LISTEN), secret == null ? "" : secret.strip()));
    }

    /** The settings without their secrets: the token only as set or not, the Redis URL without credentials. */
    @Override
    public String toString() {
        return "BotConfig[articles=" + articles + ", index=" + index + ", telegramToken="
                + telegramToken.map(token -> "(set)").orElse("(none)") + ", telegramApiUrl=" + telegramApiUrl
                + ", admins=" + admins + ", questionsPerMinute=" + questionsPerMinute + ", llm=" + llm
                + ", prompts=" + prompts + ", conversationExpiry=" + conversationExpiry + ", logLevel=" + logLevel
                + ", solr=" + solr + ", redis=" + redis.map(url -> withoutPassword(url.toString())) + ", webhook="
                + webhook + "]";
    }

    /** A Redis URL fit for a message: any password replaced. */
    private static String withoutPassword(String url) {
        return url.replaceAll("//[^/@]*@", "//(credentials)@");
    }

    private static Optional<LlmSettings> llm(Map<String, String> settings, Map<String, String> environment) {
        String provider = settings.getOrDefault("llm.provider", "none").strip().toLowerCase(Locale.ROOT);
        if (provider.equals("none")) {
            return Optional.empty();
        }
        if (!provider.equals("openai")) {
            throw new IllegalArgumentException(named("llm.provider") + " must be none or openai, was '" + provider + "'");
        }
        String baseUrl = settings.get("llm.base.url");
        String model = settings.get("llm.model");
        if (baseUrl == null || model == null) {
            throw new IllegalArgumentException("the openai LLM provider needs COVERAGE_LLM_BASE_URL and COVERAGE_LLM_MODEL");
        }
        return Optional.of(new LlmSettings(baseUrl, model, environment.getOrDefault("COVERAGE_LLM_API_KEY", "none"),
                Duration.ofSeconds(integer(settings, "llm.timeout.seconds", 20, 1)), temperature(settings),
                integer(settings, "llm.max.tokens", 600, 16)));
    }

    private static double temperature(Map<String, String> settings) {
        String value = settings.getOrDefault("llm.temperature", "0");
        try {
            double temperature = Double.parseDouble(value.strip());
            if (temperature >= 0 && temperature <= 2) {
                return temperature;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("llm.temperature must be a number from 0 to 2, was '" + value + "'");
    }

    private static URI apiUrl(String value) {
        try {
            URI uri = URI.create(value.strip());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException(named("telegram.api.url") + " must look like http://host:port, was '" + value + "'");
    }

    private static String logLevel(String value) {
        if (value == null || value.isBlank()) {
            return "INFO";
        }
        String level = value.strip().toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw new IllegalArgumentException("COVERAGE_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF; was '"
                    + value + "'");
        }
        return level;
    }

    private static Set<Long> admins(String value) {
        Set<Long> ids = new HashSet<>();
        if (value == null || value.isBlank()) {
            return ids;
        }
        for (String id : value.split(",")) {
            try {
                ids.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(named("admins") + " must be comma-separated Telegram user ids; '"
                        + id.strip() + "' is not one");
            }
        }
        return ids;
    }

    private static int integer(Map<String, String> settings, String key, int fallback, int least) {
        String value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(named(key) + " must be a whole number of at least " + least + ", was '" + value + "'");
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
                properties.load(new InputStreamReader(defaults, StandardCharsets.UTF_8));
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
            String name = key.toLowerCase(Locale.ROOT);
            if (!ENVIRONMENT.containsKey(name) && !FILE_ONLY.contains(name)) {
                log.warn("Config file {}: '{}' is not a setting (secrets are read from the environment only); ignored",
                        configFile, key);
            } else if (!value.isEmpty()) {
                settings.put(name, value);
            }
        }
    }
}
