package org.coveragebot.retrieval.question;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a question is about, that an answer must speak of: the names it gives ("Kramatorsk", "Las Vegas",
 * "Yevgeny Prigozhin"), the figures it states ("risen by 24%") and the day it asks about ("on February 15, 2014"). A quote about Bakhmut does
 * not answer a question about Kramatorsk; a shooting in Houston does not answer one about Augusta.
 *
 * @param names the names asked about, in order
 * @param day   the day asked about, if the question gives one
 */
public record Subject(List<Name> names, Optional<AskedDay> day) {

    public static final Subject NONE = new Subject(List.of(), Optional.empty());

    public Subject {
        names = List.copyOf(names);
        Objects.requireNonNull(day, "day");
    }

    /**
     * A name of the question and its analysed terms; an optional one only qualifies another ("Nevada" of
     * "Las Vegas, Nevada", "Republican" of "Republican candidate") and need not be said.
     */
    public record Name(String text, List<String> terms, boolean optional) {

        public Name {
            Objects.requireNonNull(text, "text");
            terms = List.copyOf(terms);
        }
    }

    /** A day asked about; {@code year} is 0 when the question gives none ("on May 23"). */
    public record AskedDay(int year, int month, int day) {

        public AskedDay {
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                throw new IllegalArgumentException("no such day: " + month + "/" + day);
            }
        }
    }
}
