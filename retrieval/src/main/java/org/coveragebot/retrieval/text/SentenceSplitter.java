package org.coveragebot.retrieval.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences, keeping exact offsets. A sentence ends at {@code . ! ? …}
 * (with any closing quotes or brackets) before white space and a capital, digit or opening quote —
 * except after titles ("Gen. Smith"), initials ("J. R. R."), and abbreviations ("U.S.", "Jan.", "p.m.")
 * unless what follows plainly starts a new sentence ("in the U.S. The …"); and where scraping lost the
 * space between two sentences ("early Thursday.The four were shot").
 */
public final class SentenceSplitter {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep",
            "lt", "col", "capt", "sgt", "cpl", "pvt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "st", "mt",
            "ft", "messrs", "mme", "mlle", "sr", "fr", "no", "nos", "vol", "fig", "art", "ch", "op", "ave", "blvd");
    private static final Set<String> ABBREVIATIONS = Set.of("jr", "inc", "co", "corp", "ltd", "llc", "plc", "bros",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "vs", "etc", "approx", "est", "dept", "univ", "assn",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
            "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
            "vt", "wash", "wis", "wyo", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a");
    private static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "it", "he", "she", "they", "we",
            "i", "you", "this", "that", "these", "those", "but", "and", "in", "on", "at", "as", "for", "if", "when",
            "while", "after", "before", "there", "his", "her", "their", "its", "our", "some", "many", "most", "one",
            "two", "more", "however", "meanwhile", "still", "yet", "so", "also", "since", "according", "officials",
            "what", "who", "why", "how", "not", "no", "with", "by", "from", "of", "to");

    private SentenceSplitter() {
    }

    /**
     * Fragments shorter than this ("Maxwell Award Recipients.", "May 7, 2017 ...") join the sentence
     * after them (or, at the end of a paragraph, before them): alone they answer nothing, and the
     * sentence next to them usually needs what they name.
     */
    public static final int MIN_SENTENCE_CHARS = 50;

    /** The sentences of {@code text} within {@code paragraph}, each trimmed, short fragments joined. */
    public static List<TextSpan> split(String text, TextSpan paragraph) {
        List<TextSpan> sentences = splitPlain(text, paragraph);
        List<TextSpan> joined = new ArrayList<>(sentences.size());
        int pendingStart = -1;
        for (TextSpan sentence : sentences) {
            int start = pendingStart >= 0 ? pendingStart : sentence.start();
            if (sentence.end() - start < MIN_SENTENCE_CHARS) {
                pendingStart = start;
                continue;
            }
            joined.add(new TextSpan(start, sentence.end()));
            pendingStart = -1;
        }
        if (pendingStart >= 0) {
            int end = paragraph.end();
            while (end > pendingStart && TextSpan.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (joined.isEmpty()) {
                joined.add(new TextSpan(pendingStart, end));
            } else {
                TextSpan last = joined.remove(joined.size() - 1);
                joined.add(new TextSpan(last.start(), end));
            }
        }
        return joined;
    }

    /** The sentences of {@code text} within {@code paragraph} as written, short ones not joined to their neighbours. */
    public static List<TextSpan> splitPlainSentences(String text, TextSpan paragraph) {
        return splitPlain(text, paragraph);
    }

    /** The sentences of {@code text} within {@code paragraph}, each trimmed, covering all its text. */
    static List<TextSpan> splitPlain(String text, TextSpan paragraph) {
        List<TextSpan> sentences = new ArrayList<>();
        int start = paragraph.start();
        int end = paragraph.end();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int close = i + 1;
                while (close < end && isClosing(text.charAt(close))) {
                    close++;
                }
                if (close < end && TextSpan.isSpace(text.charAt(close)) && isBoundary(text, start, i, close, end)
                        || c == '.' && close == i + 1 && runOn(text, start, i, end)) {
                    addTrimmed(text, start, close, sentences);
                    start = close;
                }
                i = close;
            } else {
                i++;
            }
        }
        addTrimmed(text, start, end, sentences);
        return sentences;
    }

    private static boolean isBoundary(String text, int sentenceStart, int mark, int close, int end) {
        int next = close;
        while (next < end && TextSpan.isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= end) {
            return true;
        }
        char first = text.charAt(next);
        boolean opensSentence = Character.isUpperCase(first) || Character.isDigit(first) || isOpeningQuote(first);
        if (!opensSentence) {
            return false;
        }
        if (text.charAt(mark) != '.' || close > mark + 1) {
            return true;
        }
        String word = wordBefore(text, sentenceStart, mark);
        String lower = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(lower)) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "J. Smith"
        }
        if (ABBREVIATIONS.contains(lower) || (lower.indexOf('.') > 0 && lower.length() <= 6)) {
            return SENTENCE_STARTERS.contains(nextWord(text, next, end).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /**
     * Two sentences run together where scraping lost the space: "early Thursday.The four were shot",
     * "the muzzleloader.Names are withheld". A word of three letters or more ending in a small letter, the
     * full stop, then a capitalised word of three letters or more — not "U.S.", "St.Louis" or "CNN.com".
     */
    private static boolean runOn(String text, int sentenceStart, int mark, int end) {
        String before = wordBefore(text, sentenceStart, mark);
        if (before.length() < 3 || before.indexOf('.') >= 0 || !Character.isLowerCase(before.charAt(before.length() - 1))) {
            return false;
        }
        int next = mark + 1;
        if (next + 2 >= end || !Character.isUpperCase(text.charAt(next)) || !Character.isLowerCase(text.charAt(next + 1))
                || !Character.isLowerCase(text.charAt(next + 2))) {
            return false;
        }
        return before.chars().allMatch(Character::isLetter);
    }

    private static String wordBefore(String text, int from, int mark) {
        int i = mark;
        while (i > from && !TextSpan.isSpace(text.charAt(i - 1)) && !isOpeningQuote(text.charAt(i - 1))
                && text.charAt(i - 1) != '(') {
            i--;
        }
        return text.substring(i, mark);
    }

    private static String nextWord(String text, int from, int end) {
        int i = from;
        while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> out) {
        while (start < end && TextSpan.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && TextSpan.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '.'
                || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[';
    }
}
