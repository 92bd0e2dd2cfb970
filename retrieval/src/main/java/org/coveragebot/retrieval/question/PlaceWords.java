package org.coveragebot.retrieval.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.coveragebot.retrieval.text.ResourceLines;

/**
 * A place and the word for its people and things are one subject: "the French election" is France's,
 * "Ukrainian troops" are Ukraine's. Read from {@code place-words.txt} and kept as analysed terms, so
 * every form the analysis chain gives a word meets its kin.
 */
final class PlaceWords {

    static final String RESOURCE = "place-words.txt";

    private final Map<String, Set<String>> kin;

    private PlaceWords(Map<String, Set<String>> kin) {
        this.kin = kin;
    }

    /** The table, each word analysed by {@code analyse}. */
    static PlaceWords load(Function<String, List<String>> analyse) {
        Map<String, Set<String>> kin = new HashMap<>();
        for (List<String> line : lines()) {
            Set<String> group = new LinkedHashSet<>();
            line.forEach(word -> group.addAll(analyse.apply(word)));
            for (String term : group) {
                kin.computeIfAbsent(term, key -> new LinkedHashSet<>()).addAll(group);
            }
        }
        kin.replaceAll((term, group) -> Set.copyOf(group));
        return new PlaceWords(Map.copyOf(kin));
    }

    /** The term and the terms of its place or people ("franc" → franc, french); the term alone when none. */
    Set<String> kin(String term) {
        return kin.getOrDefault(term, Set.of(term));
    }

    private static List<List<String>> lines() {
        List<List<String>> lines = new ArrayList<>();
        for (String content : ResourceLines.read(PlaceWords.class, RESOURCE)) {
            String[] parts = content.split("\\s+", 2);
            List<String> words = new ArrayList<>();
            words.add(parts[0]);
            if (parts.length > 1) {
                words.addAll(List.of(parts[1].split(",")));
            }
            lines.add(words);
        }
        return lines;
    }
}
