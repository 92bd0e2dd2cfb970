package org.coveragebot.retrieval.ingest;

import java.util.Objects;

/** A file (or a JSON Lines record) that is not part of the coverage, and why. */
public record SkippedFile(String name, String reason) {

    public SkippedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return name + ": " + reason;
    }
}
