package org.coveragebot.retrieval.ingest;

/** A file that cannot be read as an article; the message is the reason shown to people. */
public class UnreadableArticleException extends Exception {

    public UnreadableArticleException(String reason) {
        super(reason);
    }
}
