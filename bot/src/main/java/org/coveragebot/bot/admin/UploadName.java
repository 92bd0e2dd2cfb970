package org.coveragebot.bot.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the name of an uploaded file into a safe place in the upload folder: only the last path
 * element, only letters, digits, dots, dashes and underscores, a supported article format, never an
 * existing file (a number is added instead: nothing is overwritten).
 */
public final class UploadName {

    public static final Set<String> FORMATS = Set.of("txt", "md", "html", "htm", "jsonl");
    private static final int MAX_NAME = 100;

    private UploadName() {
    }

    /** The path to save {@code requested} under {@code folder}, or empty when the name is unusable. */
    public static Optional<Path> place(Path folder, String requested) {
        if (requested == null) {
            return Optional.empty();
        }
        String name = requested.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String stem = name.substring(0, dot);
        if (!FORMATS.contains(extension) || stem.isBlank()) {
            return Optional.empty();
        }
        stem = stem.substring(0, Math.min(stem.length(), MAX_NAME));
        Path candidate = folder.resolve(stem + "." + extension);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stem + "-" + n + "." + extension);
        }
        Path normalised = candidate.toAbsolutePath().normalize();
        return normalised.startsWith(folder.toAbsolutePath().normalize()) ? Optional.of(candidate) : Optional.empty();
    }
}
