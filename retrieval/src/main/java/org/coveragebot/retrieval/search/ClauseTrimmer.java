package org.coveragebot.retrieval.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragebot.retrieval.question.QuestionReader;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Cuts an over-long sentence down to its most relevant run of clauses, so a quote stays readable in a
 * chat. The result is still an exact span of the article.
 */
final class ClauseTrimmer {

    private static final Pattern CLAUSE_END = Pattern.compile("[,;:\u2014\u2013]\\s+|\\s+[\u2014\u2013-]{1,2}\\s+");

    private ClauseTrimmer() {
    }

    static TextSpan trim(String text, TextSpan sentence, int maxChars, QuestionReader reader, Set<String> terms) {
        if (sentence.length() <= maxChars) {
            return sentence;
        }
        List<TextSpan> clauses = clauses(text, sentence);
        TextSpan best = null;
        double bestScore = -1;
        for (int i = 0; i < clauses.size(); i++) {
            for (int j = i; j < clauses.size(); j++) {
                TextSpan window = new TextSpan(clauses.get(i).start(), clauses.get(j).end());
                if (window.length() > maxChars) {
                    break;
                }
                double score = 0;
                for (String term : reader.analyse(window.of(text))) {
                    if (terms.contains(term)) {
                        score++;
                    }
                }
                score += window.length() / (double) maxChars / 10;
                if (score > bestScore) {
                    bestScore = score;
                    best = window;
                }
            }
        }
        if (best == null) {
            int end = sentence.start() + maxChars;
            int space = text.lastIndexOf(' ', end);
            best = new TextSpan(sentence.start(), space > sentence.start() + maxChars / 2 ? space : end);
        }
        return strip(text, best);
    }

    /** A window of at most {@code maxChars} of {@code sentence} around {@code keep}, cut at spaces. */
    static TextSpan around(String text, TextSpan sentence, TextSpan keep, int maxChars) {
        if (sentence.length() <= maxChars) {
            return sentence;
        }
        int slack = Math.max(0, maxChars - keep.length());
        int start = Math.max(sentence.start(), keep.start() - slack / 2);
        int end = Math.min(sentence.end(), start + maxChars);
        start = Math.max(sentence.start(), Math.min(start, end - maxChars));
        if (start > sentence.start()) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < keep.start() ? space + 1 : start;
        }
        if (end < sentence.end()) {
            int space = text.lastIndexOf(' ', end);
            end = space >= keep.end() ? space : end;
        }
        return strip(text, new TextSpan(start, end));
    }

    private static List<TextSpan> clauses(String text, TextSpan sentence) {
        List<TextSpan> clauses = new ArrayList<>();
        Matcher separator = CLAUSE_END.matcher(text).region(sentence.start(), sentence.end());
        int start = sentence.start();
        while (separator.find()) {
            clauses.add(new TextSpan(start, separator.start()));
            start = separator.end();
        }
        clauses.add(new TextSpan(start, sentence.end()));
        return clauses;
    }

    private static TextSpan strip(String text, TextSpan span) {
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
