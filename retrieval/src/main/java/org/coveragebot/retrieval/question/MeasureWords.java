package org.coveragebot.retrieval.question;

import java.util.List;
import java.util.Set;

/**
 * The words news uses for the same measure or event: a question asking how many were "killed" is answered
 * by "two dead", "one died", "killing three", "fatally shot"; one asking when a game was "released" by
 * "launched on May 15". Surface words, grouped; the reader analyses them.
 */
final class MeasureWords {

    static final List<Set<String>> GROUPS = List.of(
            Set.of("killed", "kill", "kills", "killing", "dead", "die", "died", "dies", "dying", "death", "deaths",
                    "fatal", "fatally", "fatalities", "slain", "murdered", "homicide", "lives", "deadly", "toll"),
            Set.of("injured", "injure", "injures", "injuring", "injuries", "injury", "wounded", "wound", "wounding",
                    "wounds", "hurt", "hospitalized", "hospitalised"),
            Set.of("arrested", "arrest", "arrests", "detained", "custody", "charged"),
            Set.of("evacuated", "evacuate", "evacuation", "evacuations", "displaced", "fled", "homeless"),
            Set.of("missing", "unaccounted"),
            Set.of("released", "release", "releases", "launched", "launch", "launches", "debuted", "debut", "premiered"),
            Set.of("announced", "announce", "announces", "unveiled", "unveil", "unveils"),
            Set.of("called", "named", "renamed", "known", "formerly", "dubbed", "nicknamed"));

    private MeasureWords() {
    }
}
