package org.coveragebot.retrieval.search;

/** The kind of value a question asks for, read from its wording. */
public enum AnswerType {
    /** who, whom, whose. */
    PERSON,
    /** where, in which country/city/state. */
    PLACE,
    /** when, what year/date/day/month/time. */
    DATE,
    /** how much (money), what price/cost. */
    MONEY,
    /** how many, what number. */
    COUNT,
    /** what percentage / share. */
    PERCENT,
    /** other numeric questions: how old/long/far, final score. */
    NUMBER,
    /** which/what + a noun: usually a named thing. */
    NAME,
    /** anything else: what did X say, why, how. */
    OTHER;

    public boolean isNumeric() {
        return this == MONEY || this == COUNT || this == PERCENT || this == NUMBER;
    }
}
