package org.coveragebot.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    @Test
    void should_finish_loading_the_model_before_close_returns_so_a_quick_exit_never_cuts_the_load_short() {
        MiniLmEmbedder quick = new MiniLmEmbedder();
        quick.close(); // a command that ends at once: an empty folder, empty input
        assertFalse(quick.loading(), "the ONNX session is not being created while the JVM may exit");
    }

    @Test
    void should_embed_text_of_no_break_spaces_as_nothing_instead_of_failing() {
        MiniLmEmbedder model = org.coveragebot.retrieval.testing.TestCoverage.model();
        List<float[]> vectors = model.embed(List.of("\u00a0\u00a0\u00a0", "\u2002\u3000", "Bakhmut fell."));
        assertEquals(3, vectors.size());
        assertTrue(MiniLmEmbedder.blank("\u00a0 \u202f\t"));
        assertFalse(MiniLmEmbedder.blank("\u00a0a"));
    }
}
