package org.coveragebot.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotConfigTest {

    @Test
    void should_let_the_environment_win_over_the_file_and_flags_win_over_both(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bot.properties");
        Files.writeString(file, "articles = from-file\nindex = index-from-file\nadmins = 1, 2\n");
        BotConfig config = BotConfig.load(file, Map.of("COVERAGE_ARTICLES", "from-env", "COVERAGE_ADMINS", "3"),
                Map.of("index", "index-from-flag"));
        assertEquals(Path.of("from-env"), config.articles());
        assertEquals(Path.of("index-from-flag"), config.index());
        assertEquals(Set.of(3L), config.admins());
    }

    @Test
    void should_take_secrets_only_from_the_environment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bot.properties");
        Files.writeString(file, "TELEGRAM_BOT_TOKEN = 123:fromfile\n");
        assertTrue(BotConfig.load(file, Map.of(), Map.of()).telegramToken().isEmpty());
        assertEquals("123:env", BotConfig.load(file, Map.of("TELEGRAM_BOT_TOKEN", "123:env"), Map.of()).telegramToken().orElseThrow());
    }

    @Test
    void should_fail_with_a_message_naming_a_malformed_setting() {
        IllegalArgumentException admins = assertThrows(IllegalArgumentException.class,
                () -> BotConfig.load(null, Map.of("COVERAGE_ADMINS", "12, alice"), Map.of()));
        assertTrue(admins.getMessage().contains("COVERAGE_ADMINS") && admins.getMessage().contains("alice"));
        IllegalArgumentException provider = assertThrows(IllegalArgumentException.class,
                () -> BotConfig.load(null, Map.of("COVERAGE_LLM_PROVIDER", "skynet"), Map.of()));
        assertTrue(provider.getMessage().contains("COVERAGE_LLM_PROVIDER"));
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class, () -> BotConfig.load(null,
                Map.of("COVERAGE_LLM_PROVIDER", "openai", "COVERAGE_LLM_BASE_URL", "localhost:8080", "COVERAGE_LLM_MODEL", "m"), Map.of()));
        assertTrue(url.getMessage().contains("COVERAGE_LLM_BASE_URL"));
    }

    @Test
    void should_run_embedded_unless_the_scale_out_settings_are_given() {
        BotConfig config = BotConfig.load(null, Map.of(), Map.of());
        assertTrue(config.solr().isEmpty() && config.redis().isEmpty() && config.webhook().isEmpty());
    }

    @Test
    void should_read_the_solr_cluster_with_two_shards_and_two_replicas_by_default(@TempDir Path dir) throws IOException {
        BotConfig urls = BotConfig.load(null, Map.of("COVERAGE_SOLR_URL", "http://solr1:8983/solr, http://solr2:8983/solr"),
                Map.of());
        assertEquals(List.of("http://solr1:8983/solr", "http://solr2:8983/solr"), urls.solr().orElseThrow().solrUrls());
        assertEquals("coverage", urls.solr().orElseThrow().collection());
        assertEquals(2, urls.solr().orElseThrow().shards());
        assertEquals(2, urls.solr().orElseThrow().replicas());
        Path file = dir.resolve("bot.properties");
        Files.writeString(file, "solr.shards = 3\nsolr.replicas = 1\n");
        BotConfig zk = BotConfig.load(file, Map.of("COVERAGE_SOLR_URL", "zk:zk1:2181,zk2:2181/solr",
                "COVERAGE_SOLR_COLLECTION", "news"), Map.of());
        assertEquals(List.of("zk1:2181", "zk2:2181"), zk.solr().orElseThrow().zkHosts());
        assertEquals("/solr", zk.solr().orElseThrow().zkChroot().orElseThrow());
        assertEquals("news", zk.solr().orElseThrow().collection());
        assertEquals(3, zk.solr().orElseThrow().shards());
        assertEquals(1, zk.solr().orElseThrow().replicas());
    }

    @Test
    void should_name_the_scale_out_setting_that_is_wrong() {
        assertNamed("COVERAGE_SOLR_URL", Map.of("COVERAGE_SOLR_URL", "solr1:8983"));
        assertNamed("COVERAGE_SOLR_COLLECTION", Map.of("COVERAGE_SOLR_URL", "http://solr1:8983/solr",
                "COVERAGE_SOLR_COLLECTION", "my collection"));
        assertNamed("COVERAGE_REDIS_URL", Map.of("COVERAGE_REDIS_URL", "localhost:6379"));
        assertNamed("TELEGRAM_WEBHOOK_URL", Map.of("TELEGRAM_WEBHOOK_URL", "http://bot.example.org/hook",
                "TELEGRAM_WEBHOOK_SECRET", "s3cret"));
        assertNamed("TELEGRAM_WEBHOOK_SECRET", Map.of("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/hook"));
        assertNamed("TELEGRAM_WEBHOOK_LISTEN", Map.of("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/hook",
                "TELEGRAM_WEBHOOK_SECRET", "s3cret", "TELEGRAM_WEBHOOK_LISTEN", "8080"));
    }

    @Test
    void should_take_the_webhook_secret_and_the_redis_url_only_from_the_environment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bot.properties");
        Files.writeString(file, "telegram.webhook.url = https://bot.example.org/hook\nTELEGRAM_WEBHOOK_SECRET = fromfile\n"
                + "redis.url = redis://cache:6379\n");
        assertThrows(IllegalArgumentException.class, () -> BotConfig.load(file, Map.of(), Map.of()));
        BotConfig config = BotConfig.load(file, Map.of("TELEGRAM_WEBHOOK_SECRET", "from-env_1",
                "COVERAGE_REDIS_URL", "redis://:pw@cache:6379"), Map.of());
        assertEquals("from-env_1", config.webhook().orElseThrow().secret());
        assertEquals("/hook", config.webhook().orElseThrow().path());
        assertEquals("0.0.0.0", config.webhook().orElseThrow().host());
        assertEquals(8080, config.webhook().orElseThrow().port());
        assertEquals("cache", config.redis().orElseThrow().getHost());
        assertTrue(!config.webhook().orElseThrow().toString().contains("from-env_1"), "the secret is never printed");
    }

    @Test
    void should_print_the_settings_without_the_token_or_the_redis_password() {
        BotConfig config = BotConfig.load(null, Map.of("TELEGRAM_BOT_TOKEN", "123:secret-token",
                "COVERAGE_REDIS_URL", "redis://user:hunter2@cache:6379"), Map.of());
        String printed = config.toString();
        assertTrue(!printed.contains("secret-token") && !printed.contains("hunter2"), printed);
        assertTrue(printed.contains("cache:6379"), printed);
    }

    private static void assertNamed(String setting, Map<String, String> environment) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BotConfig.load(null, environment, Map.of()));
        assertTrue(error.getMessage().contains(setting), error.getMessage());
    }
}
