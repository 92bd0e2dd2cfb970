package org.coveragebot.retrieval.claims;

import java.util.Objects;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * One place where an article says who says something: "Prigozhin said", "said Robert Klein", "according
 * to the ministry", "”, he said".
 *
 * @param who     the speaker as the article writes it at the cue: a name, a pronoun or a role ("the ministry")
 * @param whoAt   where {@code who} stands in the article text
 * @param content the words the cue attributes: a quotation, or the clause after (or before) the cue
 */
record SpeechCue(String who, TextSpan whoAt, TextSpan content) {

    SpeechCue {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(whoAt, "whoAt");
        Objects.requireNonNull(content, "content");
    }
}
