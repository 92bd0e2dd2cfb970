package org.coveragebot.retrieval.facts;

/** How loosely a figure is given: exactly, as a lower bound ("at least 5"), an upper bound ("up to 5"), or roughly. */
public enum Hedge {
    NONE, AT_LEAST, AT_MOST, ABOUT
}
