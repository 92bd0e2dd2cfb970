package org.coveragebot.retrieval.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragebot.retrieval.facts.Dispute;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Shapes the chosen sentences into quotes: an over-long one is cut to its best clauses, always keeping a
 * value a dispute names; one opening with a pronoun ("She was given …"), or with the very thing a "which"
 * question asks to name ("The comedian will return …"), gains the sentence before it, which says who that
 * is, while the answer stays within budget.
 */
final class QuoteTrimming {

    /** "The comedian", "The 45-year-old singer": a definite description as the sentence's subject. */
    private static final Pattern OPENS_WITH_DEFINITE = Pattern.compile(
            "[\"\u201c]?(?:The|This|That) ((?:[\\p{Ll}\\p{N}-]+ ){0,2}[\\p{Ll}-]+)\\b");
    private static final Pattern OPENS_WITH_PRONOUN = Pattern.compile(
            "[\"\u201c]?(He|She|They|It|His|Her|Their|Its|This|These|That|Those|The (company|group|firm|team|agency|man|woman))\\b");

    private final QuestionReader reader;

    QuoteTrimming(QuestionReader reader) {
        this.reader = reader;
    }

    List<RankedSentence> trim(List<RankedSentence> quotes, Question question, List<Dispute> disputes) {
        Set<String> terms = new HashSet<>(question.terms());
        List<TextSpan> spans = new ArrayList<>(quotes.size());
        int total = 0;
        for (int i = 0; i < quotes.size(); i++) {
            RankedSentence quote = quotes.get(i);
            String text = quote.article().text();
            TextSpan span = ClauseTrimmer.trim(text, quote.span(), QuoteSelection.MAX_QUOTE_CHARS, reader, terms);
            for (TextSpan kept : kept(quote, i, disputes)) {
                if (!span.contains(kept)) {
                    span = ClauseTrimmer.around(text, quote.span(), kept, QuoteSelection.MAX_QUOTE_CHARS);
                }
            }
            spans.add(span);
            total += span.length();
        }
        List<RankedSentence> trimmed = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            RankedSentence quote = quotes.get(i);
            TextSpan span = spans.get(i);
            if (span.equals(quote.span())) {
                TextSpan extended = withAntecedent(quote, question);
                if (total + extended.length() - span.length() <= QuoteSelection.MAX_QUOTED_CHARS) {
                    total += extended.length() - span.length();
                    span = extended;
                }
            }
            trimmed.add(quote.withSpan(span));
        }
        return trimmed;
    }

    /** What a quote must keep: the value each dispute's side names in it, and its answer. */
    private static List<TextSpan> kept(RankedSentence quote, int index, List<Dispute> disputes) {
        List<TextSpan> kept = new ArrayList<>();
        for (Dispute dispute : disputes) {
            for (Dispute.Side side : dispute.sides()) {
                if (side.statement() == index) {
                    Value value = side.value(); // offsets into the article
                    kept.add(new TextSpan(value.start(), value.end()));
                }
            }
        }
        return kept;
    }

    /**
     * A sentence that opens with a pronoun, or with the thing the question asks to name, is quoted with the
     * sentence before it, which says who that is — when both fit in one quote.
     */
    private TextSpan withAntecedent(RankedSentence quote, Question question) {
        TextSpan previous = quote.previous();
        if (previous == null || quote.span().end() - previous.start() > QuoteSelection.MAX_QUOTE_CHARS
                || !OPENS_WITH_PRONOUN.matcher(quote.text()).lookingAt() && !opensWithFocus(quote.text(), question)) {
            return quote.span();
        }
        return new TextSpan(previous.start(), quote.span().end());
    }

    /** "She was given …", "The singer will return …": the sentence speaks of someone the sentence before names. */
    static boolean refersBack(String sentence) {
        return OPENS_WITH_PRONOUN.matcher(sentence).lookingAt() || OPENS_WITH_DEFINITE.matcher(sentence).lookingAt();
    }

    private boolean opensWithFocus(String sentence, Question question) {
        Matcher opening = OPENS_WITH_DEFINITE.matcher(sentence);
        return opening.lookingAt() && reader.analyse(opening.group(1)).stream().anyMatch(question.focus()::contains);
    }
}
