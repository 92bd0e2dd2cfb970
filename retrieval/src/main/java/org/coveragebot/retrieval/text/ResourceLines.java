package org.coveragebot.retrieval.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of a word list packaged beside a class: stripped, without blank lines and {@code #} comments. */
public final class ResourceLines {

    private ResourceLines() {
    }

    public static List<String> read(Class<?> owner, String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    lines.add(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return lines;
    }
}
