package org.coveragebot.retrieval.question;

import java.util.List;
import java.util.Set;

/**
 * Words for opposite events: when bars may "start" serving is not when they must "stop", a price that "rose"
 * is not one that "fell", the day someone was "born" is not the day they "died". Surface words in pairs of
 * groups; the reader analyses them. Words as often something else ("the end of May", "close to") are left out.
 */
final class ContraryWords {

    static final List<List<Set<String>>> PAIRS = List.of(
            List.of(Set.of("start", "starts", "started", "starting", "begin", "begins", "began", "begun", "beginning"),
                    Set.of("stop", "stops", "stopped", "stopping", "ended", "cease", "ceased")),
            List.of(Set.of("open", "opens", "opened", "opening", "reopen", "reopened"),
                    Set.of("closes", "closed", "closing", "shut", "shuts", "shutting")),
            List.of(Set.of("rise", "rises", "rose", "risen", "rising", "increase", "increased", "increases", "grew", "grow",
                    "grown", "growing"),
                    Set.of("fall", "falls", "fell", "fallen", "falling", "decrease", "decreased", "decreases", "decline",
                            "declined", "declines", "drop", "dropped", "drops")),
            List.of(Set.of("win", "wins", "won", "winning", "gain", "gained", "gains"),
                    Set.of("lose", "loses", "lost", "losing")),
            List.of(Set.of("born", "birth"), Set.of("died", "death")));

    private ContraryWords() {
    }
}
