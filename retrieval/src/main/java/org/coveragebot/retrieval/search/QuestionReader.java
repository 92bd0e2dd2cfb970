package org.coveragebot.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads a question: its search terms (the same English analysis as the index, so nothing the user
 * types is ever query syntax) and the kind of answer it wants.
 */
public final class QuestionReader {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    private static final Pattern PERCENT = Pattern.compile("(?i)\\b(what|which) (percent|percentage|share|proportion|fraction)\\b|\\bhow much of\\b|\\bpercent(age)?\\b");
    private static final Pattern MONEY = Pattern.compile("(?i)\\b(how much (money|aid|funding|cash)?|what (price|cost|amount|sum|salary|fine|revenue)"
            + "|how much did .* (cost|pay|spend|raise|earn|make|sell|buy|acquire|announce|pledge|give|award))\\b|\\b(cost|price|worth|revenue|paid|pay|fund(ing)?|aid|dollars?|budget|fine)\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(how many|what(?: (?:is|was|are|were))? the (?:total )?number of|what number of)\\b");
    private static final Pattern NUMBER = Pattern.compile("(?i)\\b(how (old|long|far|tall|big|large|high|fast|deep|heavy)|what (age|score|number|size|temperature)|final score|which (big )?birthday)\\b");
    private static final Pattern DATE = Pattern.compile("(?i)\\b(when|what (year|date|day|month|time)|which (year|date|day|month)|how soon|until when"
            + "|(premiere|release|launch|opening|air|start|due|expiry|election|wedding|birth) date|date of)\\b");
    private static final Pattern PLACE = Pattern.compile("(?i)\\b(where|which (country|city|state|county|town|region|nation|island|continent|place|province|venue|stadium)|what (country|city|state|county|town|region|nation|place|venue|location|stadium))\\b|\\blocation\\b");
    private static final Pattern PERSON = Pattern.compile("(?i)\\b(who|whom|whose|which (person|player|politician|candidate|leader|official|president|singer|actor|actress|comedian|director|star|athlete|coach|senator|judge|woman|man|celebrity)|what (person|player|politician))\\b");
    private static final Pattern NAME = Pattern.compile("(?i)\\b(which|what|name)\\b");

    /** A which/what phrase: up to three words, ending before a verb ("is", "won", "announced") or a preposition. */
    private static final Pattern FOCUS = Pattern.compile("(?i)\\b(?:which|what)(?: (?:of the following|kind of|type of|sort of))?"
            + "((?: (?!" + "(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|may|might|should|of|in|on|at"
            + "|to|for|by|that|from|with|won|beat|became|got|made|took|said|led|lost|held|saw|went|came|gave|told|sold"
            + "|bought|hit|set|ran|left|began|broke|drew|fell|found|grew|met|paid|rose|sent|struck|wrote|\\p{L}+ed|\\p{L}+ly)"
            + "\\b)[\\p{L}\\p{N}'\u2019-]+){1,3})");

    private final Analyzer analyzer;

    public QuestionReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Words that shape a question but are not what it is about. */
    private static final Pattern QUESTION_WORDS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(how|much|many|what|which|who|whom"
            + "|whose|when|where|why|did|do|does|done|is|are|was|were|been|be|has|have|had|can|could|would|should|will"
            + "|shall|may|might|must|tell|me|us|please|following|happened|happen|know|say|says|said|about|there|any|some"
            + "|according|i|you|we|this|week|recently|recent|latest|new|name|named|called|exactly|actually|from|more|than"
            + "|most|less|least|under|over|he|she|it|they|his|her|its|their|them|him|into|onto|upon|between|among"
            + "|within|during|after|before|since|until|against|number|type|kind|one|ones|also|just|now|then)(?![\\p{L}\\p{N}])");

    public Question read(String text) {
        List<String> terms = analyse(QUESTION_WORDS.matcher(text).replaceAll(" "));
        if (terms.isEmpty()) {
            terms = analyse(text);
        }
        return new Question(text, terms, answerType(text), surfaceWords(text), focus(text));
    }

    /** The words after "which"/"what" up to the verb: "which US Cabinet official is …" gives us, cabinet, offici. */
    Set<String> focus(String text) {
        Matcher phrase = FOCUS.matcher(text);
        if (!phrase.find()) {
            return Set.of();
        }
        return new LinkedHashSet<>(analyse(phrase.group(1)));
    }

    public java.util.List<String> analyse(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return java.util.List.copyOf(terms);
    }

    static Set<String> surfaceWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(fold(word.group()));
        }
        return words;
    }

    /** Lower case, no trailing possessive or dots: "Biden's" and "biden" compare equal. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        while (lower.endsWith(".") || lower.endsWith("-") || lower.endsWith("'")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    static AnswerType answerType(String question) {
        if (COUNT.matcher(question).find()) {
            return AnswerType.COUNT;
        }
        if (PERCENT.matcher(question).find()) {
            return AnswerType.PERCENT;
        }
        if (NUMBER.matcher(question).find()) {
            return AnswerType.NUMBER;
        }
        if (DATE.matcher(question).find()) {
            return AnswerType.DATE;
        }
        if (PERSON.matcher(question).find()) {
            return AnswerType.PERSON;
        }
        if (PLACE.matcher(question).find()) {
            return AnswerType.PLACE;
        }
        if (Pattern.compile("(?i)\\bhow much\\b").matcher(question).find() || MONEY.matcher(question).find()
                && Pattern.compile("(?i)\\b(how much|what)\\b").matcher(question).find()) {
            return AnswerType.MONEY;
        }
        if (NAME.matcher(question).find()) {
            return AnswerType.NAME;
        }
        return AnswerType.OTHER;
    }
}
