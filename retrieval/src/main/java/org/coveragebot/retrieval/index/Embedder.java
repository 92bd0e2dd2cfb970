package org.coveragebot.retrieval.index;

import java.util.List;

/** Turns texts into unit-length vectors of a fixed dimension. */
public interface Embedder {

    int dimension();

    /** One vector per text, in order. */
    List<float[]> embed(List<String> texts);

    default float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }
}
