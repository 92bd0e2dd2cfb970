package org.coveragebot.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
