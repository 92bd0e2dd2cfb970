package org.coveragebot.retrieval.question;

/** The kind of value a question asks for, read from its wording. */
public enum AnswerType {
    /** who, whom, whose. */
    PERSON,
    /** where, in which country/city/state. */
    PLACE,
    /** when, what year/date/day/month. */
    DATE,
    /** what time, at what time: a time of day. */
    TIME,
    /** how much (money), what price/cost. */
    MONEY,
    /** how many, what number. */
    COUNT,
    /** what percentage / share. */
    PERCENT,
    /** other numeric questions: how old/far, final score. */
    NUMBER,
    /** how long did it last or take, for how many days. */
    DURATION,
    /** which company, agency, party, team. */
    ORGANISATION,
    /** did, is, has … : a claim to confirm or deny. */
    YES_NO,
    /** which/what + a noun: usually a named thing. */
    NAME,
    /** anything else: what did X say, why, how. */
    OTHER;

    /** The kind of value that answers a question of this type; null when no one kind does. */
    public org.coveragebot.retrieval.facts.ValueKind valueKind() {
        return switch (this) {
            case MONEY -> org.coveragebot.retrieval.facts.ValueKind.MONEY;
            case PERCENT -> org.coveragebot.retrieval.facts.ValueKind.PERCENT;
            case COUNT, NUMBER, DURATION -> org.coveragebot.retrieval.facts.ValueKind.NUMBER;
            case DATE, TIME -> org.coveragebot.retrieval.facts.ValueKind.DATE;
            case PERSON, PLACE, NAME, ORGANISATION -> org.coveragebot.retrieval.facts.ValueKind.NAME;
            case YES_NO, OTHER -> null;
        };
    }

    public boolean isNumeric() {
        return this == MONEY || this == COUNT || this == PERCENT || this == NUMBER || this == DURATION;
    }
}
