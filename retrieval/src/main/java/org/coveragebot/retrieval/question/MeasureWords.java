package org.coveragebot.retrieval.question;

import java.util.List;
import java.util.Set;

/**
 * The words news uses for the same measure: a question asking how many were "killed" is answered by
 * "two dead", "one died", "killing three", "fatally shot". Surface words, grouped; the reader analyses them.
 */
final class MeasureWords {

    static final List<Set<String>> GROUPS = List.of(
            Set.of("killed", "kill", "kills", "killing", "dead", "die", "died", "dies", "dying", "death", "deaths",
                    "fatal", "fatally", "fatalities", "slain", "murdered", "homicide", "lives", "deadly", "toll"),
            Set.of("injured", "injure", "injures", "injuring", "injuries", "injury", "wounded", "wound", "wounding",
                    "wounds", "hurt", "hospitalized", "hospitalised"),
            Set.of("arrested", "arrest", "arrests", "detained", "custody", "charged"),
            Set.of("evacuated", "evacuate", "evacuation", "evacuations", "displaced", "fled", "homeless"),
            Set.of("missing", "unaccounted"));

    private MeasureWords() {
    }
}
