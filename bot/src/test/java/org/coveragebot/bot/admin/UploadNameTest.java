package org.coveragebot.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadNameTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"../../x.txt", "/etc/passwd.txt", "C:\\\\Windows\\\\evil.md", "..\\\\..\\\\x.txt", "sub/dir/x.txt"})
    void should_keep_only_the_file_name_inside_the_folder(String requested) {
        Path placed = UploadName.place(folder, requested).orElseThrow();
        assertEquals(folder, placed.getParent());
        assertTrue(placed.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.docx", "script.sh", "noextension", ".txt", "..", "", "archive.txt.exe"})
    void should_refuse_names_that_are_not_articles(String requested) {
        assertEquals(Optional.empty(), UploadName.place(folder, requested));
    }

    @Test
    void should_never_overwrite_an_existing_article() throws IOException {
        Files.writeString(folder.resolve("story.txt"), "first");
        assertEquals(folder.resolve("story-2.txt"), UploadName.place(folder, "story.txt").orElseThrow());
    }

    @Test
    void should_make_odd_characters_safe() {
        assertEquals(folder.resolve("Bakhmut-report-2023-.jsonl"), UploadName.place(folder, "Bakhmut report (2023)!.JSONL").orElseThrow());
    }
}
