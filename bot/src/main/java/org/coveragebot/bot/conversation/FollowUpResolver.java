package org.coveragebot.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.facts.ValueKind;

/**
 * Resolves a message against the conversation without an LLM: meta follow-ups ("which outlet said
 * 357?", "and the other one?", "tell me more"), and questions that lean on earlier turns through
 * pronouns ("what did he say?"), ellipsis ("how much?", "and in March?") or a swapped subject ("what
 * about Soledar?"), which are searched with the earlier turn's topic words (and the person a pronoun
 * points to). A question with its own new topic stands alone: the old context does not leak into it.
 */
public final class FollowUpResolver {

    private static final Pattern MORE = Pattern.compile(
            "(?i)^\\s*(and\\s+)?(tell me more|more|more please|more (context|detail|details|about (it|that|this))|go on"
            + "|elaborate|details|expand( on (it|that))?|keep going|and then)\\s*[?.!]*\\s*$");
    private static final Pattern WHICH_SOURCE = Pattern.compile(
            "(?i)^\\s*(and\\s+)?(which|what|who)\\s+(outlet|source|article|paper|newspaper|site|publication|one|report)?\\s*"
            + "(said|says|reported|reports|wrote|writes|mentioned|mentions|claimed|claims|gave|gives|had|has)\\s+(.+?)\\s*[?.!]*\\s*$");
    private static final Pattern OTHER_SOURCE = Pattern.compile(
            "(?i)^\\s*(and|but|what about)?\\s*(what\\s+(does|did)\\s+)?the\\s+other\\s*(one|outlet|source|article|paper|report)?"
            + "(\\s+(say|says|said|report|reported))?\\s*[?.!]*\\s*$|^\\s*(and\\s+)?(the\\s+)?other\\s+(one|outlet|source)s?\\s*[?.!]*\\s*$");
    private static final Pattern PRONOUN = Pattern.compile(
            "(?i)\\b(he|she|him|her|his|hers|they|them|their|it|its|this|that|these|those|there|the same)\\b");
    private static final Pattern ASKS_WHO = Pattern.compile("(?i)\\s*(and\\s+)?(who|whom|whose)\\b");
    private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)\\b(he|she|him|her|his|hers)\\b");
    private static final Pattern LEADING_CONTINUATION = Pattern.compile(
            "(?i)^\\s*(and|but|also|so|then|what about|how about|and what about|what of|same for)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019$%.,-]*[\\p{L}\\p{N}%]|[\\p{L}\\p{N}]");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "from", "by", "with", "about", "as", "is", "are", "was", "were", "be", "been", "do", "does",
            "did", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "much", "many", "tell", "me",
            "more", "also", "so", "then", "it", "its", "he", "she", "him", "her", "his", "they", "them", "their", "this",
            "that", "these", "those", "there", "say", "said", "says", "happened", "happen", "any", "some", "other", "same",
            "can", "could", "would", "should", "will", "has", "have", "had", "not", "no", "yes", "please", "you", "i",
            "we", "us", "our", "your", "my");
    /**
     * A pronoun points back only in a short question ("who did he replace?"); a longer one that brings
     * its own subject ("which airline found loose bolts on its planes?") stands alone.
     */
    private static final int PRONOUN_QUESTION_WORDS = 4;
    /** Fewer content words than this, and the message is a fragment that needs the conversation. */
    private static final int FRAGMENT_WORDS = 2;

    public FollowUp resolve(List<Turn> history, String message) {
        if (history.isEmpty()) {
            return new FollowUp(FollowUp.Kind.STANDALONE, message, "");
        }
        if (MORE.matcher(message).matches()) {
            return new FollowUp(FollowUp.Kind.MORE, message, "");
        }
        if (OTHER_SOURCE.matcher(message).matches()) {
            return new FollowUp(FollowUp.Kind.OTHER_SOURCE, message, "");
        }
        Matcher which = WHICH_SOURCE.matcher(message);
        if (which.matches() && (which.group(3) != null || which.group(2).equalsIgnoreCase("who"))
                && which.group(5).split("\\s+").length <= 4) { // "who said 357?", not "who said that the NRA's refusal …?"
            return new FollowUp(FollowUp.Kind.WHICH_SOURCE, message, which.group(5).replaceAll("^[\"\u201c']|[\"\u201d']$", ""));
        }
        Turn last = history.get(history.size() - 1);
        List<String> own = contentWords(message);
        boolean continuation = LEADING_CONTINUATION.matcher(message).find();
        boolean pronoun = PRONOUN.matcher(message).find() && own.size() <= PRONOUN_QUESTION_WORDS;
        boolean fragment = own.size() < FRAGMENT_WORDS;
        if (!continuation && !pronoun && !fragment) {
            return new FollowUp(FollowUp.Kind.STANDALONE, message, "");
        }
        return new FollowUp(FollowUp.Kind.CONTEXTUAL, contextual(message, last, own), "");
    }

    /** The message, then the earlier turn's topic words (names swapped out when the message brings its own). */
    private static String contextual(String message, Turn last, List<String> own) {
        Matcher pronoun = PERSON_PRONOUN.matcher(message);
        if (!own.isEmpty() && pronoun.find()) {
            String person = person(last);
            if (person != null) {
                // "What did he say in the video?" is about him, in its own words: the old topic does not come along
                return message.substring(0, pronoun.start()) + person + message.substring(pronoun.end());
            }
        }
        Set<String> context = new LinkedHashSet<>();
        boolean bringsName = !names(message).isEmpty();
        Set<String> previousNames = new LinkedHashSet<>();
        for (String name : names(last.resolved())) {
            previousNames.addAll(words(name));
        }
        for (String word : contentWords(last.resolved())) {
            if (bringsName && previousNames.contains(word)) {
                continue; // "what about Soledar?" replaces Bakhmut, it does not add to it
            }
            if (!own.contains(word)) {
                context.add(word);
            }
        }
        if (PERSON_PRONOUN.matcher(message).find()) {
            String person = person(last);
            if (person != null) {
                context.addAll(words(person));
            }
        }
        return context.isEmpty() ? message : message.strip() + " " + String.join(" ", context);
    }

    /**
     * The person "he" or "she" most likely points to: a full name in the last question ("who is
     * Yevgeny Prigozhin?"), else the full name the last answer's quotes name most often that the
     * question did not ("who is France's new prime minister?" → Gabriel Attal).
     */
    private static String person(Turn last) {
        List<String> asked = names(last.asked());
        for (String name : asked) {
            if (name.contains(" ")) {
                return name;
            }
        }
        if (ASKS_WHO.matcher(last.resolved()).lookingAt()) {
            // "Who leads the Wagner group?": "he" is the one the answer named
            java.util.Map<String, Integer> answered = new java.util.LinkedHashMap<>();
            for (var citation : last.answer().citations()) {
                if (citation.value() != null && !asked.contains(citation.value())) {
                    answered.merge(citation.value(), 1, Integer::sum);
                }
            }
            var most = answered.entrySet().stream().max(java.util.Map.Entry.comparingByValue());
            if (most.isPresent()) {
                return most.get().getKey();
            }
        }
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (var citation : last.answer().citations()) {
            for (String name : names(citation.quote())) {
                if (name.contains(" ") && !asked.contains(name)) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(asked.isEmpty() ? null : asked.get(0));
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (Value value : ValueExtractor.extract(text)) {
            if (value.kind() == ValueKind.NAME) {
                names.add(value.text());
            }
        }
        return names;
    }

    private static List<String> contentWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : words(text)) {
            if (!FUNCTION_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
