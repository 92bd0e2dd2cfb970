package org.coveragebot.retrieval.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into an article's text.
 * {@code text.substring(start, end)} is the spanned text, always.
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /** White space of any kind, no-break and other Unicode spaces included (which {@link Character#isWhitespace} leaves out). */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }
}
