package org.coveragebot.bot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Finds the quotes an LLM wrote ({@code "…" [n]} or {@code “…” [n]}) and checks each against its
 * passage: it must be there exactly, allowing only differences of white space and of straight versus
 * typographic quote marks. A verified quote is mapped back to exact offsets in the article.
 */
final class QuoteVerifier {

    /** A quote in double quotes (straight or typographic), then a passage number in brackets. */
    static final Pattern CLAIMED_QUOTE = Pattern.compile("[\"\u201c\u201e]([^\"\u201c\u201d\u201e]{3,}?)[\"\u201d]\\s*\\[(\\d+)]");

    /** One quote the LLM claims, where it stands in the LLM's text, and where it is in the article if verified. */
    record ClaimedQuote(int start, int end, String text, int passage, Optional<TextSpan> inArticle) {
    }

    static List<ClaimedQuote> check(String reply, List<NumberedPassage> passages) {
        List<ClaimedQuote> quotes = new ArrayList<>();
        Matcher m = CLAIMED_QUOTE.matcher(reply);
        while (m.find()) {
            int number = Integer.parseInt(m.group(2));
            Optional<TextSpan> found = Optional.empty();
            if (number >= 1 && number <= passages.size()) {
                NumberedPassage passage = passages.get(number - 1);
                found = locate(passage.article().text(), passage.span(), m.group(1));
            }
            quotes.add(new ClaimedQuote(m.start(), m.end(), m.group(1), number, found));
        }
        return quotes;
    }

    /** Where {@code quote} stands inside {@code within} of {@code text}, up to white space and quote-mark style. */
    static Optional<TextSpan> locate(String text, TextSpan within, String quote) {
        String wanted = fold(quote.strip());
        if (wanted.length() < 3) {
            return Optional.empty();
        }
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        boolean space = false;
        for (int i = within.start(); i < within.end(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space && folded.length() > 0) {
                    folded.append(' ');
                    origin.add(i);
                }
                space = true;
                continue;
            }
            space = false;
            folded.append(foldChar(c));
            origin.add(i);
        }
        int at = folded.indexOf(wanted);
        if (at < 0) {
            return Optional.empty();
        }
        int start = origin.get(at);
        int end = origin.get(at + wanted.length() - 1) + 1;
        return Optional.of(new TextSpan(start, end));
    }

    private static String fold(String quote) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : quote.toCharArray()) {
            if (Character.isWhitespace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(foldChar(c));
                space = false;
            }
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        return switch (c) {
            case '\u201c', '\u201d', '\u201e', '\u201f' -> '"';
            case '\u2018', '\u2019', '\u201a', '\u201b' -> '\'';
            default -> c;
        };
    }
}
