package org.coveragebot.retrieval.facts;

import java.util.regex.Pattern;

/** The capitalised words of the calendar, which name a time and no one. */
public final class CalendarWords {

    /** A month or a weekday, written out: "May", "Sunday". */
    public static final String MONTH_OR_WEEKDAY = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /** Matches a text that is a month or a weekday and nothing else. */
    public static final Pattern ONLY_MONTH_OR_WEEKDAY = Pattern.compile(MONTH_OR_WEEKDAY);

    private CalendarWords() {
    }
}
