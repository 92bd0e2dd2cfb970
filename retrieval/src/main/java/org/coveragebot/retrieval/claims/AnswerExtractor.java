package org.coveragebot.retrieval.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragebot.retrieval.facts.CalendarWords;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.facts.ValueKind;
import org.coveragebot.retrieval.question.AnswerType;
import org.coveragebot.retrieval.question.PlaceNames;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;

/**
 * The answer a sentence gives to a question, as a typed value with its exact span: the sum for "how
 * much", the count for "how many" ("five people" killed, not the three wounded), the date for "when",
 * the duration for "how long", the name for "who" and "which". A value answers when it stands next to
 * the question's own words (or the words news uses for the same measure) and the question does not
 * state it itself; of several, the nearest one. A count belongs to the measure word nearest to it:
 * in "two people were killed and five wounded", five is the wounded.
 */
public final class AnswerExtractor {

    /** The furthest, in words, an answer may stand from the question's words. */
    static final int MAX_DISTANCE = 7;
    /** How near a sentence's subject counts when the question's words stand further on in its sentence. */
    static final int SUBJECT_DISTANCE = 3;
    /** A count that is an age, a time, an address, a calibre or a share, not a number of people or things. */
    private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile("(?i)^(?:[- ]?years?[- ]old|[- ]year[- ]olds?|:\\d|\\s*%"
            + "|\\s*(?:a\\.m|p\\.m|am\\b|pm\\b)|\\s+block|[- ]caliber|[- ]calibre|[- ]mm\\b|\\s*(?:percent|per cent)\\b"
            + "|[,.]\\d|\\s*(?:rounds|shots|bullets|times|minutes|seconds|hours|days|weeks|months|years|miles|feet|yards)"
            + "|\\s+(?:(?:of\\s+them|people|victims|others)\\s+)?(?:remain|remains|remained|still|are\\s+still|were\\s+still)\\b|\\s+of\\s+(?:the\\s+)?(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|several|many|its|their)\\b)");
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile("(?i)(?:\\bNo\\.|\\b(?:no|any|every|each)|#|\\bage[ds]?|\\bRoute|\\bHighway"
            + "|\\bInterstate|\\bI-|\\bUS|\\bSR|\\bChannel|\\bnumber|\\bStreet|\\bAvenue|,)\\s*$");
    /** A date opening the text and set off from it: a dateline. */
    private static final Pattern DATELINE = Pattern.compile("[^.!?]{0,25}?\\d{4}\\s*(?:\\.\\.\\.|\u2026|\u2014|\u2013|--|-|:)");
    /** A time of day: "8 a.m.", "11:30", "noon". */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\d(?::\\d{2})?\\s?(?:a\\.?m|p\\.?m)\\b|\\d:\\d{2}|\\bnoon\\b|\\bmidnight\\b");
    /** "Grounding", "Reported": a capitalised verb form opening a sentence is no name. */
    private static final Pattern VERB_FORM = Pattern.compile("\\p{L}+(?:ing|ed)");
    private static final Pattern HOW_OLD = Pattern.compile("(?i)\\bhow old\\b|\\bwhat age\\b");
    private static final Pattern AGE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+,\\s(\\d{1,3}),|\\b(\\d{1,3})(?=[- ]years?[- ]old\\b)"
            + "|\\baged\\s(\\d{1,3})\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)[.!?](?:\\s|$)|\\b(?:and|but|while|whereas|after|before|when|who|which"
            + "|whose|because|since|until|as)\\b|[,;:]");
    /** Verbs joined by "and" within one clause: "were shot and wounded" is no break. */
    private static final Pattern JOINED_VERBS = Pattern.compile("(?i)\\b(?:shot|stabbed|beaten|hit|struck)\\s*,?\\s+and\\b");
    /** An aside within a clause: ", including …,", "(…)", "— … —". */
    private static final Pattern ASIDE = Pattern.compile(",\\s*(?:including|among them|many|most|all|both|some|most of them)\\b"
            + "[^,;]*,|\\([^)]*\\)|\u2014[^\u2014]*\u2014");
    private static final Pattern DURATION_UNIT = Pattern.compile("(?i)(?:hour|day|week|month|year|decade|minute)s?\\b");
    private static final Pattern MODIFIER = Pattern.compile("\\p{Lu}\\p{L}*(?:an|ean|ian|ese|ish|ic|i)");

    private final QuestionReader reader;
    private final PlaceNames places;
    private final List<Set<String>> measures;
    /** The analysed words of a which-phrase asking for a country, for a state, and naming the US (its kin: America …). */
    private final Set<String> countryWords;
    private final String stateWord;
    private final Set<String> usWords;

    public AnswerExtractor(QuestionReader reader) {
        this.reader = reader;
        this.measures = reader.measureGroups();
        this.places = reader.placeNames();
        this.countryWords = Set.copyOf(reader.analyse("country countries nation nations"));
        this.stateWord = reader.analyse("state").get(0);
        this.usWords = reader.kin(reader.analyse("US").get(0));
    }

    /** The value of {@code sentence} that answers {@code question}, its offsets into the sentence. */
    public Optional<Value> answer(Question question, String sentence) {
        return find(question, sentence).map(Found::value);
    }

    /** An answer value and how many words stand between it and the question's nearest word (0: next to it). */
    public record Found(Value value, int distance) {

        /** 1 for a value next to the question's words, falling to 0 at the furthest an answer may stand. */
        public double closeness() {
            return 1 - distance / (double) (MAX_DISTANCE + 1);
        }
    }

    /** As {@link #answer}, with how near the question's words the value stands. */
    public Optional<Found> find(Question question, String sentence) {
        return find(question, SentenceReading.of(reader, sentence));
    }

    /** As above, on a sentence already read. */
    public Optional<Found> find(Question question, SentenceReading reading) {
        String sentence = reading.text();
        if (question.asksWhoSaid()) {
            return Optional.empty(); // the answer is who says the words: attribution, not a name among them
        }
        if (HOW_OLD.matcher(question.text()).find()) {
            return age(sentence).map(value -> new Found(value, 0));
        }
        List<Value> candidates = candidates(question, sentence, reading.values());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<QuestionReader.Token> tokens = reading.tokens();
        Set<String> anchors = question.answerType() == AnswerType.COUNT && !question.counted().isEmpty()
                ? question.counted() : anchorsIn(question, tokens);
        Set<String> measure = measureOf(question);
        boolean saysAsked = tokens.stream().anyMatch(token -> question.anchors().contains(token.term()));
        boolean countsThings = question.answerType() == AnswerType.COUNT && !question.counted().isEmpty()
                && question.counted().stream().noneMatch(reader::countsPeople);
        Value best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Value value : candidates) {
            int distance = measure.isEmpty() || value.kind() != ValueKind.NUMBER
                    ? distance(tokens, value, anchors)
                    : measureDistance(tokens, value, measure, sentence);
            if (countsThings && !beside(tokens, value, anchors, sentence)) {
                continue; // "160 racist calls" a clause from "hate crimes" counts calls, not crimes
            }
            if (opening(value, sentence) && (distance > 2 || !saysAsked || VERB_FORM.matcher(value.text()).matches())) {
                continue; // a lone capitalised word opening the sentence is a name only as the asked verb's subject
            }
            if (subjectName(value, sentence) && distance < Integer.MAX_VALUE) {
                distance = Math.min(distance, SUBJECT_DISTANCE); // "Gabriel Attal became France's … prime minister"
            }
            if (distance < bestDistance) {
                best = value;
                bestDistance = distance;
            }
        }
        if (bestDistance > MAX_DISTANCE && soleTime(question, candidates, tokens)) {
            // "It was released on the Wii U and Nintendo Switch on March 3, 2017": the one date of a sentence saying the asked word
            return Optional.of(new Found(candidates.get(0), MAX_DISTANCE));
        }
        return bestDistance <= MAX_DISTANCE ? Optional.of(new Found(best, bestDistance)) : Optional.empty();
    }

    /** A "when" question's sentence that says the asked word and gives one date only. */
    private static boolean soleTime(Question question, List<Value> candidates, List<QuestionReader.Token> tokens) {
        boolean when = question.answerType() == AnswerType.DATE || question.answerType() == AnswerType.TIME;
        return when && candidates.size() == 1 && !Double.isNaN(candidates.get(0).number())
                && tokens.stream().anyMatch(token -> question.anchors().contains(token.term()));
    }

    /** An age as news gives it: "Attal, 34, replaced …", "a 34-year-old", "aged 34". */
    private static Optional<Value> age(String sentence) {
        Matcher written = AGE.matcher(sentence);
        if (!written.find()) {
            return Optional.empty();
        }
        int group = written.group(1) != null ? 1 : written.group(2) != null ? 2 : 3;
        int start = written.start(group);
        int end = written.end(group);
        return Optional.of(new Value(ValueKind.NUMBER, start, end, sentence.substring(start, end),
                Double.parseDouble(sentence.substring(start, end)) * 365.25, org.coveragebot.retrieval.facts.Hedge.NONE));
    }

    /** The values of the kind the question asks for that it does not state itself. */
    private List<Value> candidates(Question question, String sentence, List<Value> values) {
        AnswerType type = question.answerType();
        List<Value> found = new ArrayList<>();
        Matcher placeLine = PLACE_DATELINE.matcher(sentence);
        int datelineEnd = placeLine.lookingAt() ? placeLine.end() : -1;
        for (Value written : values) {
            Value value = withoutOpeningVerb(written, sentence);
            if (echoed(question, value) || !fits(type, value, sentence)) {
                continue;
            }
            if (value.kind() == ValueKind.NAME && value.end() <= datelineEnd) {
                continue; // "Kyiv, Ukraine – …": where the story was filed, not what it says
            }
            if (type == AnswerType.COUNT && !question.counted().isEmpty() && countsOtherThings(question, value, sentence)) {
                continue;
            }
            if (type == AnswerType.PLACE && otherKindOfPlace(question, value)) {
                continue;
            }
            found.add(value);
        }
        if (found.isEmpty() && (type == AnswerType.DATE || type == AnswerType.TIME)) {
            for (Value time : ValueExtractor.timeValues(sentence)) {
                if (!echoed(question, time) && time.start() >= bodyStart(sentence)
                        && (type == AnswerType.DATE || CLOCK.matcher(time.text()).find())) {
                    found.add(time);
                }
            }
        }
        return found;
    }

    /** Words that put a name where something is or happened: "in Tokyo", "at Haneda Airport", "the state of Utah". */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|near|from|outside|across|throughout|into"
            + "|inside|off|toward|towards|(?:state|city|county|town|region|province|island|republic|kingdom) of)\\s+(?:the\\s+)?$");
    /** A name whose last word says it is a place: "Haneda Airport", "Cook County", "Pacific Northwest". */
    private static final Pattern PLACE_NAME = Pattern.compile("(?:.*\\s)?(?:City|County|State|States|Island|Islands|Airport"
            + "|Valley|Province|Region|Beach|Park|Street|Avenue|Road|Lake|River|Mountains?|Bay|Coast|Northwest|Northeast"
            + "|Southwest|Southeast|Midwest|Republic|Kingdom|Peninsula|Gulf|Sea|Ocean)");

    /**
     * Can the name be the place a "where" question asks for? When the sentence puts it somewhere ("in",
     * "at", "outside"), writes it as "Portland, Oregon", calls it a place ("… Airport", "… County"), or
     * it is a country, a US state or a region ("Japan", "Ohio", "the Midwest").
     */
    private boolean place(Value value, String sentence) {
        String before = sentence.substring(Math.max(0, value.start() - 24), value.start());
        String after = sentence.substring(value.end());
        return LOCATIVE_BEFORE.matcher(before).find() || after.matches("(?s),\\s*\\p{Lu}.*")
                || PLACE_NAME.matcher(value.text()).matches()
                || java.util.Arrays.stream(value.text().split(",\\s*")).anyMatch(places::contains);
    }

    /**
     * A place of another kind than the which-phrase asks for: "California" answers no "which European nation",
     * "Mexico" no "which state" (a state's own country aside: "which German state" may be anything).
     */
    private boolean otherKindOfPlace(Question question, Value value) {
        Set<String> focus = question.focus();
        List<String> parts = List.of(ONE_OF_SEVERAL.split(value.text())); // "California and Vermont"
        if (focus.stream().anyMatch(countryWords::contains)) {
            return parts.stream().allMatch(places::onlyAState);
        }
        if (focus.contains(stateWord) && focus.stream().allMatch(term -> term.equals(stateWord) || usWords.contains(term))) {
            return parts.stream().allMatch(places::notAState);
        }
        return false;
    }

    private static final Pattern ONE_OF_SEVERAL = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");

    /** A place dateline: "KYIV, Ukraine –", "SANTA BARBARA, California (Reuters) -". */
    private static final Pattern PLACE_DATELINE = Pattern.compile("\\p{Lu}[\\p{L}. ]{1,30}(?:,\\s*\\p{Lu}[\\p{L}. ]{1,25})?"
            + "(?:\\s*\\([^)]{1,20}\\))?\\s+(?:–|—|--|-)\\s");

    /** "Named Artemovsk after …": a capitalised verb opening a sentence is no part of the name after it. */
    private static Value withoutOpeningVerb(Value value, String sentence) {
        if (value.kind() != ValueKind.NAME || value.start() > 1) {
            return value;
        }
        int space = value.text().indexOf(' ');
        if (space < 0 || !VERB_FORM.matcher(value.text().substring(0, space)).matches()) {
            return value;
        }
        int start = value.start() + space + 1;
        return new Value(ValueKind.NAME, start, value.end(), sentence.substring(start, value.end()), value.number(),
                value.hedge());
    }

    /** A word in the plural: "hospitals", "rounds". */
    private static final Pattern PLURAL = Pattern.compile("\\p{Ll}{3,}s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    private static final Set<String> NOT_PLURAL = Set.of("this", "thus", "plus", "less", "unless", "across", "perhaps",
            "always", "previous", "various", "serious", "numerous", "famous", "nervous", "anxious", "obvious");

    /**
     * A count of something other than what the question counts: "four different hospitals" is no number of
     * people. Of the two words after the figure, a plural that is neither the counted people nor a word of a
     * measure ("wounded", "dead") tells what it counts.
     */
    private boolean countsOtherThings(Question question, Value value, String sentence) {
        Matcher word = WORD.matcher(sentence);
        int from = value.end();
        for (int seen = 0; seen < 2 && word.find(from); seen++) {
            if (!sentence.substring(from, word.start()).isBlank()) {
                return false; // punctuation: the figure's phrase has ended
            }
            String written = word.group();
            List<String> terms = reader.analyse(written);
            // as written: "hospitals" shares its stem with "hospitalized" but counts no people
            if (terms.stream().anyMatch(question.counted()::contains) || reader.measureWord(written)) {
                return false;
            }
            if (PLURAL.matcher(written).matches() && !NOT_PLURAL.contains(written)) {
                return true;
            }
            from = word.end();
        }
        return false;
    }

    private boolean fits(AnswerType type, Value value, String sentence) {
        Matcher dateline = DATELINE.matcher(sentence);
        if (value.kind() == ValueKind.DATE && dateline.lookingAt() && value.end() <= dateline.end()) {
            return false; // "Mar 15, 2012 ... Diablo 3 launches on 15th May": the date the page was written
        }
        return switch (type) {
            case MONEY -> value.kind() == ValueKind.MONEY;
            case PERCENT -> value.kind() == ValueKind.PERCENT;
            case COUNT -> value.kind() == ValueKind.NUMBER && count(value, sentence);
            // "how big", "how large": a sum or a share answers as well as a bare number
            case NUMBER -> value.kind() == ValueKind.NUMBER || value.kind() == ValueKind.MONEY || value.kind() == ValueKind.PERCENT;
            case DURATION -> value.kind() == ValueKind.NUMBER && DURATION_UNIT.matcher(value.text()).find();
            case DATE -> value.kind() == ValueKind.DATE;
            case TIME -> value.kind() == ValueKind.DATE && CLOCK.matcher(value.text()).find();
            case PERSON, NAME, ORGANISATION -> value.kind() == ValueKind.NAME && name(value, sentence);
            case PLACE -> value.kind() == ValueKind.NAME && name(value, sentence) && place(value, sentence);
            case YES_NO, OTHER -> false;
        };
    }

    /** A number of people or things: not a year, an age, a time, an address or a measure of something else. */
    static boolean count(Value value, String sentence) {
        if (Double.isNaN(value.number()) || value.number() != Math.rint(value.number()) || value.text().matches("\\d{4}")
                || DURATION_UNIT.matcher(value.text()).find()) {
            return false;
        }
        String after = sentence.substring(value.end());
        String before = sentence.substring(0, value.start());
        return !NOT_A_COUNT_AFTER.matcher(after).lookingAt() && !NOT_A_COUNT_BEFORE.matcher(before).find();
    }

    /** A name that could answer: not a weekday or month, not a lone capitalised word opening the sentence. */
    private static boolean name(Value value, String sentence) {
        if (CalendarWords.ONLY_MONTH_OR_WEEKDAY.matcher(value.text()).matches()) {
            return false;
        }
        String after = sentence.substring(value.end()).stripLeading();
        if (value.text().indexOf(' ') < 0 && MODIFIER.matcher(value.text()).matches() && !after.isEmpty()
                && Character.isLowerCase(after.charAt(0))) {
            return false; // "the Russian offensive": a word that qualifies a noun names no one
        }
        return true;
    }

    /** A name of two or more words opening the sentence: its subject, whom the sentence is about. */
    private static boolean subjectName(Value value, String sentence) {
        return value.kind() == ValueKind.NAME && value.start() <= bodyStart(sentence) + 1 && value.text().indexOf(' ') > 0;
    }

    /** A single capitalised word opening the sentence ("Eyewitnesses said …", "Northfield won …"). */
    private static boolean opening(Value value, String sentence) {
        return value.kind() == ValueKind.NAME && value.start() <= bodyStart(sentence) + 1 && value.text().indexOf(' ') < 0;
    }

    /** Where a sentence's own words begin: after its dateline ("May 7, 2017 ... Voters in France …"), if any. */
    private static int bodyStart(String sentence) {
        Matcher dateline = DATELINE.matcher(sentence);
        if (!dateline.lookingAt()) {
            return 0;
        }
        int start = dateline.end();
        while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
            start++;
        }
        return start;
    }

    private static boolean echoed(Question question, Value value) {
        return question.askedWords().containsAll(QuestionReader.surfaceWords(value.text()));
    }

    /** The question's words found in the sentence; without any, the names it is about stand in for them. */
    private Set<String> anchorsIn(Question question, List<QuestionReader.Token> tokens) {
        Set<String> present = new java.util.HashSet<>();
        for (QuestionReader.Token token : tokens) {
            if (question.anchors().contains(token.term())) {
                present.add(token.term());
            }
        }
        if (!present.isEmpty() || question.answerType().isNumeric()) {
            return present; // a figure stands next to what it counts, not merely near the names
        }
        Set<String> names = new java.util.HashSet<>();
        question.subject().names().forEach(name -> name.terms().forEach(term -> names.addAll(reader.kin(term))));
        return names;
    }

    /** The measure words of the question's measure ("killed": dead, died, fatally …), if it asks for one. */
    private Set<String> measureOf(Question question) {
        if (question.answerType() != AnswerType.COUNT) {
            return Set.of();
        }
        for (Set<String> group : measures) {
            if (group.stream().anyMatch(question.anchors()::contains) && question.terms().stream().anyMatch(group::contains)) {
                return group;
            }
        }
        return Set.of();
    }

    /** Most words between a count of things and the thing it counts: "1,200 reported hate crimes". */
    static final int THING_DISTANCE = 3;

    /** Does a count stand beside a word of what is counted, within its clause? */
    private static boolean beside(List<QuestionReader.Token> tokens, Value value, Set<String> counted, String sentence) {
        int[] at = positions(tokens, value);
        for (QuestionReader.Token token : tokens) {
            boolean outside = token.end() <= value.start() || token.start() >= value.end();
            if (outside && counted.contains(token.term()) && gap(at, token.position()) <= THING_DISTANCE) {
                String between = token.end() <= value.start() ? sentence.substring(token.end(), value.start())
                        : sentence.substring(value.end(), token.start());
                if (!CLAUSE_BREAK.matcher(between).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words between the value and the nearest anchor. */
    private static int distance(List<QuestionReader.Token> tokens, Value value, Set<String> anchors) {
        int[] at = positions(tokens, value);
        int best = Integer.MAX_VALUE;
        for (QuestionReader.Token token : tokens) {
            if (anchors.contains(token.term()) && (token.end() <= value.start() || token.start() >= value.end())) {
                best = Math.min(best, gap(at, token.position()));
            }
        }
        return best;
    }

    /**
     * For a count: the distance to the nearest word of the asked measure, provided no word of another
     * measure stands nearer ("five wounded" is no count of the killed).
     */
    private int measureDistance(List<QuestionReader.Token> tokens, Value value, Set<String> measure, String sentence) {
        int[] at = positions(tokens, value);
        int asked = Integer.MAX_VALUE;
        int other = Integer.MAX_VALUE;
        boolean askedAfter = false;
        for (QuestionReader.Token token : tokens) {
            if (token.end() > value.start() && token.start() < value.end()) {
                continue;
            }
            int gap = gap(at, token.position()) + bearing(sentence, value, token);
            if (measure.contains(token.term()) && gap < asked) {
                asked = gap;
                askedAfter = token.start() >= value.end();
            } else if (measures.stream().anyMatch(group -> group != measure && group.contains(token.term()))) {
                other = Math.min(other, gap);
            }
        }
        // at an equal distance the measure written after the count is its own: "one died and three others were injured"
        return asked < other || asked == other && askedAfter && asked != Integer.MAX_VALUE ? asked : Integer.MAX_VALUE;
    }

    /**
     * How far a measure word stands from a count beyond the words between them: a count is written before
     * what it counts ("five wounded", "two people were killed") or after a verb in -ing ("killing two"), and a
     * clause break between them ("one dead and 3 wounded") parts them.
     */
    private static int bearing(String sentence, Value value, QuestionReader.Token token) {
        int penalty = 0;
        boolean before = token.end() <= value.start();
        if (before && !sentence.substring(token.start(), token.end()).endsWith("ing")) {
            penalty++;
        }
        String between = before ? sentence.substring(token.end(), value.start()) : sentence.substring(value.end(), token.start());
        between = ASIDE.matcher(between).replaceAll(" "); // "Six people, including a girl of 6, were wounded"
        between = JOINED_VERBS.matcher(between).replaceAll(" ");
        if (CLAUSE_BREAK.matcher(between).find()) {
            penalty += 2;
        }
        return penalty;
    }

    /** The first and last positions of the value's words (a word in the value, or the one after it). */
    private static int[] positions(List<QuestionReader.Token> tokens, Value value) {
        int first = -1;
        int last = -1;
        for (QuestionReader.Token token : tokens) {
            if (token.end() > value.start() && token.start() < value.end()) {
                first = first < 0 ? token.position() : first;
                last = token.position();
            }
        }
        if (first < 0) {
            for (QuestionReader.Token token : tokens) {
                if (token.start() >= value.end()) {
                    return new int[] {token.position() - 1, token.position() - 1};
                }
            }
            int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).position() + 1;
            return new int[] {end, end};
        }
        return new int[] {first, last};
    }

    private static int gap(int[] span, int position) {
        return position < span[0] ? span[0] - position : position > span[1] ? position - span[1] : 0;
    }
}
