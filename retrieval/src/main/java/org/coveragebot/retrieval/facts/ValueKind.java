package org.coveragebot.retrieval.facts;

/** Kinds of checkable values a sentence can state. */
public enum ValueKind {
    MONEY, PERCENT, NUMBER, DATE, NAME
}
