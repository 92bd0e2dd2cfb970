package org.coveragebot.retrieval.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text analysis of the coverage, as data: Lucene's standard factories by their SPI names and their
 * parameters, with the resource files they read. The embedded index builds its analyser from it, and
 * the Solr configset declares the same chain, so both stores find the same words: no plugin jar needed.
 *
 * <ul>
 *   <li>"G-7" becomes "G7" and "G7’s" loses its "’s" before tokenising, so G7, G-7 and G7's meet;</li>
 *   <li>possessives go ("Biden's", "Biden’s"), lower case, accents folded (Pogačar/Pogacar);</li>
 *   <li>dots between letters go, so "U.S." meets "US";</li>
 *   <li>English stop words go; irregular forms become their base word (won/win, children/child);</li>
 *   <li>Porter stems; then transliteration variants meet: kh/ch → h, y → i, w → v, doubled letters once
 *       (Zelensky/Zelenskyy, Bakhmut/Bachmut).</li>
 * </ul>
 */
public final class AnalysisChain {

    /** One factory of the chain: its SPI name and its parameters. */
    public record Step(String factory, Map<String, String> parameters) {

        public Step {
            Objects.requireNonNull(factory, "factory");
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        static Step of(String factory, String... keysAndValues) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                parameters.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return new Step(factory, parameters);
        }
    }

    /** The resource files the chain reads, beside this class on the classpath (and in the configset). */
    public static final List<String> RESOURCES = List.of("stopwords.txt", "irregular-forms.txt");

    // Each pattern starts with its literal and looks behind afterwards, so that the matcher rejects most
    // positions at their first character: the same matches as "(?<=\b\p{L}{1,4})-(?=\p{N})" and
    // "(?<=\p{N})['’]s\b", at 18 instead of 28 µs a sentence (the analysis runs on every candidate sentence).
    public static final List<Step> CHAR_FILTERS = List.of(
            Step.of("patternReplace", "pattern", "-(?<=\\b\\p{L}{1,4}-)(?=\\p{N})", "replacement", ""),
            Step.of("patternReplace", "pattern", "['\u2019](?<=\\p{N}['\u2019])s\\b", "replacement", ""));
    public static final Step TOKENIZER = Step.of("standard");
    public static final List<Step> TOKEN_FILTERS = List.of(
            Step.of("englishPossessive"),
            Step.of("lowercase"),
            Step.of("asciiFolding"),
            Step.of("patternReplace", "pattern", "\\.(?<=\\p{L}\\.)(?=\\p{L})", "replacement", "", "replace", "all"),
            Step.of("stop", "words", "stopwords.txt", "ignoreCase", "true"),
            Step.of("stemmerOverride", "dictionary", "irregular-forms.txt"),
            Step.of("porterStem"),
            Step.of("patternReplace", "pattern", "[kc]h", "replacement", "h", "replace", "all"),
            Step.of("patternReplace", "pattern", "y", "replacement", "i", "replace", "all"),
            Step.of("patternReplace", "pattern", "w", "replacement", "v", "replace", "all"),
            Step.of("patternReplace", "pattern", "(\\p{L})\\1+", "replacement", "$1", "replace", "all"));

    private AnalysisChain() {
    }
}
