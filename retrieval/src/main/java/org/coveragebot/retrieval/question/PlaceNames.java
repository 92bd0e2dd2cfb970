package org.coveragebot.retrieval.question;

import java.util.Set;
import org.coveragebot.retrieval.text.ResourceLines;

/**
 * Countries, world regions and US states by name, read from {@code place-names.txt} and {@code us-states.txt}:
 * a name that is one of them is a place, and of the kind it is (Georgia is both a country and a state).
 */
public final class PlaceNames {

    static final String RESOURCE = "place-names.txt";
    static final String STATES = "us-states.txt";

    private final Set<String> abroad;
    private final Set<String> states;

    private PlaceNames(Set<String> abroad, Set<String> states) {
        this.abroad = abroad;
        this.states = states;
    }

    public static PlaceNames load() {
        return new PlaceNames(Set.copyOf(ResourceLines.read(PlaceNames.class, RESOURCE)),
                Set.copyOf(ResourceLines.read(PlaceNames.class, STATES)));
    }

    /** Is the name, as written (a leading "the" aside), a country, a region or a US state? */
    public boolean contains(String written) {
        String name = bare(written);
        return abroad.contains(name) || states.contains(name);
    }

    /** Is the name a US state and nothing else: no answer to "which country"? */
    public boolean onlyAState(String written) {
        String name = bare(written);
        return states.contains(name) && !abroad.contains(name);
    }

    /** Is the name a country or a region and no US state: no answer to "which state"? */
    public boolean notAState(String written) {
        String name = bare(written);
        return abroad.contains(name) && !states.contains(name);
    }

    private static String bare(String written) {
        return written.startsWith("the ") || written.startsWith("The ") ? written.substring(4) : written;
    }
}
