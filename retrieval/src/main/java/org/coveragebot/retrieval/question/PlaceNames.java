package org.coveragebot.retrieval.question;

import java.util.Set;
import org.coveragebot.retrieval.text.ResourceLines;

/** Countries, US states and world regions by name, read from {@code place-names.txt}. */
public final class PlaceNames {

    static final String RESOURCE = "place-names.txt";

    private final Set<String> names;

    private PlaceNames(Set<String> names) {
        this.names = names;
    }

    public static PlaceNames load() {
        return new PlaceNames(Set.copyOf(ResourceLines.read(PlaceNames.class, RESOURCE)));
    }

    /** Is the name, as written (a leading "the" aside), a country, a US state or a region? */
    public boolean contains(String written) {
        String name = written.startsWith("the ") || written.startsWith("The ") ? written.substring(4) : written;
        return names.contains(name);
    }
}
