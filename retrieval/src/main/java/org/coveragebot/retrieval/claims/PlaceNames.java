package org.coveragebot.retrieval.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Countries, US states and world regions by name, read from {@code place-names.txt}. */
final class PlaceNames {

    static final String RESOURCE = "place-names.txt";

    private final Set<String> names;

    private PlaceNames(Set<String> names) {
        this.names = names;
    }

    static PlaceNames load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        return new PlaceNames(Set.copyOf(names));
    }

    /** Is the name, as written (a leading "the" aside), a country, a US state or a region? */
    boolean contains(String written) {
        String name = written.startsWith("the ") || written.startsWith("The ") ? written.substring(4) : written;
        return names.contains(name);
    }
}
