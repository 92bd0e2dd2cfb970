package org.coveragebot.retrieval.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragebot.retrieval.facts.CalendarWords;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Finds the attribution cues of one paragraph, the ways news says who says what: a quotation followed
 * by its speaker ("…,” he said; “…,” said Robert Klein), a speaker followed by what they say (Prigozhin
 * claimed that …; Beck said, “…”), a clause followed by its source (…, NBC announced on Tuesday),
 * "saying …" after the sentence's subject, and "according to …". A verb inside a quotation is the
 * speaker's own words, not the article's attribution.
 */
final class SpeechCues {

    /** Verbs that attribute what follows (or precedes) them. */
    private static final String SAYING = "said|says|say|told|tells|added|adds|claimed|claims|stated|states|noted|notes"
            + "|argued|argues|insisted|insists|warned|warns|explained|explains|suggested|suggests|wrote|writes|tweeted"
            + "|tweets|testified|testifies|acknowledged|acknowledges|admitted|admits|asserted|asserts|contended|contends"
            + "|maintained|maintains|predicted|predicts|believes|believed|recalled|recalls|countered|counters|replied"
            + "|replies|responded|responds|conceded|concedes|stressed|stresses|emphasized|emphasised|emphasizes|emphasises"
            + "|complained|complains|cautioned|cautions|observed|remarked|quipped|joked|posted|alleged|alleges|urged"
            + "|urges|accused|accuses|charged|vowed|vows|pledged|pledges|promised|promises|reiterated|reiterates|mused"
            + "|wondered|thinks|thought|agreed|agrees|asked|asks|boasted|boasts|lamented|laments|declared|declares"
            + "|announced|announces|reported|reports|confirmed|confirms|denied|denies|revealed|reveals|disclosed|estimated"
            + "|estimates|concluded|concludes|called|calls|pointed out|points out|went on|continued|continues|shared"
            + "|saying|adding|telling|noting|arguing|claiming|insisting|warning|explaining|writing|stating|suggesting"
            + "|declaring|announcing|acknowledging|admitting|asserting|predicting|urging|calling|accusing|vowing";
    /** Verbs that attribute only a clause or a quotation ("announced that …"), not a thing ("announced $375 million"). */
    private static final Set<String> CLAUSE_ONLY = Set.of("announced", "announces", "declared", "declares", "reported",
            "reports", "confirmed", "confirms", "denied", "denies", "revealed", "reveals", "disclosed", "estimated",
            "estimates", "concluded", "concludes", "agreed", "agrees", "asked", "asks", "shared", "posted", "charged",
            "accused", "accuses", "thought", "continued", "continues", "went on", "called", "calls", "announcing",
            "declaring", "calling", "accusing", "urged", "urges", "urging");
    /** A word that may name a role between a qualifier and a name: "constituent", "strategist", "spokesman". */
    private static final Pattern ROLE_WORD = Pattern.compile("\\p{Ll}{5,}(?<!ly)");
    private static final Set<String> NOT_ROLES = Set.of("after", "before", "during", "about", "under", "which", "while",
            "where", "there", "their", "these", "those", "since", "until", "among", "against", "through", "without");
    /**
     * Verbs whose words after them are someone accused or urged, not where or to whom it was said: in "…,
     * Masimo accused Apple of infringing" neither what comes before is Masimo's nor is Apple the speaker.
     */
    private static final Set<String> ACCUSING = Set.of("accused", "accuses", "charged", "urged", "urges");
    /** After these, a name is whom it was told: "…, told reporters", "…, told Smith". */
    private static final Set<String> TOLD = Set.of("told", "tells");
    /** Verbs that also give something its name. */
    private static final Set<String> NAMING_VERBS = Set.of("called", "calls");
    /** A name after such a verb that ends there: "called Mondegreen, in", not "called Trump a liar". */
    private static final Pattern NAMED = Pattern.compile("\\s+[\"“]?\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}\\p{N}'’-]*)*"
            + "[\"”]?(?:\\s*[,.;:!?)]|\\s*$|\\s+(?!(?:a|an|the|his|her|their|its|him|them)\\b)\\p{Ll})");
    /** Verbs that are just as often plural nouns ("five states", "the claims"): they need a named speaker. */
    private static final Set<String> HOMOGRAPHS = Set.of("states", "notes", "claims", "reports", "calls", "charges",
            "promises", "pledges", "counters", "vows", "posts", "remarks", "estimates", "concludes", "shares");
    /** What may follow the speaker named after "said": "…, said Lee Epstein, who teaches …", "…, said Pence on Friday." */
    private static final Pattern AFTER_INVERTED = Pattern.compile("\\s*(?:$|[,.;:!?()”\"']|(?:who|when|while|as|after|"
            + "before|in|at|on|during|of|from|to|via|through|and)\\b)");
    private static final Set<String> AUXILIARIES = Set.of("would", "will", "can", "could", "should", "may", "might", "must",
            "has", "have", "had", "is", "was", "are", "were", "be", "been", "do", "does", "did", "not", "cannot", "can’t",
            "can't", "won’t", "won't", "didn’t", "didn't", "never");
    private static final Pattern VERB = Pattern.compile("(?<![\\p{L}'’-])(?:" + SAYING + ")(?![\\p{L}-])");
    /** What may stand between a verb and the clause it brings: "said Sunday that", "told reporters:", "announced it was". */
    private static final Pattern CLAUSE_AHEAD = Pattern.compile("(?:\\s+(?:on|in|at|late|early|last|this|during|after|"
            + "before|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|reporters|"
            + "journalists|the|a|an|[\\p{Lu}][\\p{L}.’'-]*|\\p{Ll}+(?:day|night|week|month|year|morning|evening|afternoon|"
            + "statement|interview|conference|briefing|post|video|speech|letter|email))\\b){0,6}\\s*(?:,\\s*)?"
            + "(?:that\\b|:|[“\"]|''|(?:it|he|she|they|we|I)\\s+(?:was|were|is|are|will|would|had|has|have|could|can|"
            + "should|did|does|might|may|must)\\b)");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.’'&-]*");
    /** A word whose final dot belongs to it: an initial, a title or a short abbreviation ("J.", "J.J.", "Gov.", "Jr."). */
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{Lu}\\.)+|\\p{Lu}\\p{Ll}{0,3}\\.");
    /** A lowercase word that reads as a verb after a name: "Sanders compared", "McConnell issued", "Obama has". */
    private static final Pattern VERB_LIKE = Pattern.compile("\\p{Ll}+(?:ed|es|s)|has|is|was|will|would|had|can|could"
            + "|did|does|made|took|gave|went|won|lost|led|met|spoke|wrote|told|said|sent|held|ran|saw|began|became");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom", "whose", "what");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "one", "this", "that", "his", "her",
            "its", "their", "some", "other", "several", "two", "three", "many", "our", "my", "your");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "then", "or");
    /** Words that start a new clause after a quotation rather than name its speaker: "…,” hours after the ministry said". */
    private static final Set<String> LINKING = Set.of("after", "before", "as", "while", "when", "since", "because", "and",
            "but", "or", "if", "though", "although", "until", "hours", "days", "minutes", "weeks", "shortly", "soon",
            "later", "earlier", "then", "where", "which", "who", "even", "just", "only", "months", "years");
    /** "LA CROSSE, Wisc. — ", "WASHINGTON (AP) -- ": where the story was filed, not who speaks. */
    private static final Pattern DATELINE = Pattern.compile("[\\p{Lu}][\\p{Lu}\\s.,'’-]*(?:,\\s*[\\p{L}.\\s]{2,20})?"
            + "(?:\\s*\\([^)]{1,30}\\))?\\s*(?:\u2014|\u2013|--|-|\u2015)\\s*");
    /** Capitalised only because they open the sentence: never its subject. */
    private static final Set<String> OPENERS = Set.of("amid", "after", "before", "shortly", "in", "at", "as", "while", "when",
            "despite", "although", "though", "earlier", "later", "last", "on", "during", "since", "until", "with", "without",
            "for", "from", "by", "but", "and", "yet", "so", "still", "meanwhile", "however", "also", "then", "now", "once",
            "if", "because", "asked", "speaking", "according", "like", "unlike", "under", "over", "to", "of", "even",
            "just", "back", "this", "that", "these", "those", "there", "here", "where", "what", "why", "how", "a", "an", "the");
    private static final Set<String> PARTICLES = Set.of("de", "da", "van", "von", "al", "bin", "la", "le", "of", "for",
            "du", "del", "on", "and");
    private static final int MAX_ROLE_WORDS = 7;

    private SpeechCues() {
    }

    /** The cues of {@code paragraph}, whose sentences are {@code sentences}. */
    static List<SpeechCue> in(String text, TextSpan paragraph, List<TextSpan> sentences) {
        List<TextSpan> quotations = Quotations.in(text, paragraph);
        List<SpeechCue> cues = new ArrayList<>();
        for (TextSpan sentence : sentences) {
            Set<Integer> claimed = new HashSet<>();
            afterQuotations(text, sentence, quotations, cues, claimed);
            verbs(text, sentence, quotations, cues, claimed);
            accordingTo(text, sentence, quotations, cues);
        }
        return cues;
    }

    /** "“…,” he said", "“…,” said Robert Klein, chairman of …", "“…,” Sarandon, 69, told MSNBC". */
    private static void afterQuotations(String text, TextSpan sentence, List<TextSpan> quotations, List<SpeechCue> cues,
                                        Set<Integer> claimed) {
        for (TextSpan quotation : quotations) {
            int after = quotation.end();
            if (after <= sentence.start() || after > sentence.end()) {
                continue;
            }
            int at = after;
            while (at < sentence.end() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
                at++;
            }
            List<int[]> words = words(text, at, Math.min(sentence.end(), at + 160));
            if (words.isEmpty()) {
                continue;
            }
            TextSpan content = new TextSpan(Math.min(sentence.start(), quotation.start()), quotation.end());
            String first = word(text, words.get(0)).toLowerCase(Locale.ROOT);
            Matcher verb = VERB.matcher(text).region(at, Math.min(sentence.end(), at + 160));
            if (!verb.find() || inside(quotations, verb.start())) {
                continue;
            }
            TextSpan who;
            if (verb.start() == at) {
                who = inverted(text, verb.end(), sentence.end()); // "…,” said Robert Klein
            } else if (PRONOUNS.contains(first)) {
                who = words.size() > 1 && words.get(1)[0] <= verb.start() + 12 ? span(words.get(0)) : null;
            } else if (Character.isUpperCase(text.charAt(at))) {
                // the name right after the quotation, unless it only qualifies one nearer the verb:
                // "…,” Anne Richards, assistant secretary of state, said" but "…,” White House press secretary Josh Earnest said"
                TextSpan opening = capitalisedRun(text, words, 0);
                who = text.startsWith(",", opening.end()) ? opening : subjectBefore(text, at, sentence, verb.start(), quotations);
            } else if (DETERMINERS.contains(first) && verb.start() - at < 80) {
                who = new TextSpan(at, lastWordEnd(text, at, verb.start()));
            } else if (verb.start() - at < 60) {
                // "…,” chief executive Lowell McAdam said": a role of a word or two before the name, nothing else
                who = subjectBefore(text, at, sentence, verb.start(), quotations);
                List<int[]> between = who == null || who.start() < at ? List.of() : words(text, at, who.start());
                boolean role = who != null && who.start() >= at && between.size() <= 2 && between.stream()
                        .noneMatch(w -> LINKING.contains(word(text, w).toLowerCase(Locale.ROOT)));
                who = role ? who : null;
            } else {
                who = null;
            }
            if (who != null && !who.of(text).isBlank()) {
                cues.add(new SpeechCue(who.of(text), who, content));
                claimed.add(verb.start());
            }
        }
    }

    /** Every saying verb of the sentence outside quotations, with its speaker and what it attributes. */
    private static void verbs(String text, TextSpan sentence, List<TextSpan> quotations, List<SpeechCue> cues,
                              Set<Integer> claimed) {
        List<SpeechCue> found = new ArrayList<>();
        Matcher verb = VERB.matcher(text).region(sentence.start(), sentence.end());
        while (verb.find()) {
            if (claimed.contains(verb.start()) || inside(quotations, verb.start()) || nounUse(text, sentence, verb.start())) {
                continue;
            }
            String said = verb.group().toLowerCase(Locale.ROOT);
            if (NAMING_VERBS.contains(said) && NAMED.matcher(text).region(verb.end(), sentence.end()).lookingAt()) {
                continue; // "a festival, called Mondegreen, in …" names a thing; "called Trump a liar" is said
            }
            boolean clauseAhead = CLAUSE_AHEAD.matcher(text).region(verb.end(), sentence.end()).lookingAt();
            int before = skipBackSpacesAndQuotes(text, sentence.start(), verb.start());
            if (before > sentence.start() && text.charAt(before - 1) == ',' && !said.endsWith("ing")
                    && !ACCUSING.contains(said) && !TOLD.contains(said)) {
                TextSpan who = inverted(text, verb.end(), sentence.end());
                if (who != null && !clauseAhead) { // inverted after its clause: "…, said Lee Epstein, who teaches …"
                    found.add(new SpeechCue(who.of(text), who, new TextSpan(sentence.start(), before - 1)));
                    continue;
                }
            }
            boolean participle = said.endsWith("ing");
            TextSpan who = participle ? speakerBefore(text, found, cues, sentence, verb.start(), quotations)
                    : subjectBefore(text, sentence.start(), sentence, verb.start(), quotations);
            if (who == null || RELATIVES.contains(who.of(text).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (HOMOGRAPHS.contains(said) && !Character.isUpperCase(text.charAt(who.start()))
                    && !PRONOUNS.contains(who.of(text).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int comma = text.lastIndexOf(',', who.start());
            if (!participle && !clauseAhead && comma > sentence.start() && who.start() - comma < 40 && !ACCUSING.contains(said)
                    && (tail(text, verb.end(), sentence.end()) || text.startsWith(",", verb.end()))) {
                // the source after what it says: "The union will sit the election out, Phil Smith told POLITICO.",
                // "Ryan and Trump will meet next week, Spicer said, adding …"
                found.add(new SpeechCue(who.of(text), who, new TextSpan(sentence.start(), comma)));
                continue;
            }
            if (CLAUSE_ONLY.contains(said) && !clauseAhead) {
                continue;
            }
            int end = sentence.end();
            TextSpan following = next(quotations, verb.end());
            if (following != null && following.start() - verb.end() < 40) {
                end = Math.max(end, following.end());
            }
            found.add(new SpeechCue(who.of(text), who, new TextSpan(verb.end(), end)));
        }
        // what one speaker says ends where the next speaker of the sentence starts: "Rubio suggested …, while Cruz said …"
        for (int k = 0; k < found.size(); k++) {
            SpeechCue cue = found.get(k);
            if (k + 1 < found.size()) {
                SpeechCue next = found.get(k + 1);
                boolean reported = text.substring(cue.content().start(), Math.max(cue.content().start(), next.whoAt().start()))
                        .strip().matches("(?:that|:)?"); // "McFadden added that Guccifer told her …": one saying inside the other
                if (!reported && next.whoAt().start() > cue.content().start() && next.whoAt().start() < cue.content().end()) {
                    cue = new SpeechCue(cue.who(), cue.whoAt(), new TextSpan(cue.content().start(), next.whoAt().start()));
                }
            }
            cues.add(cue);
        }
    }

    /** Who "saying …" or "adding …" goes with: the speaker of a cue just before it in the sentence, else the subject. */
    private static TextSpan speakerBefore(String text, List<SpeechCue> found, List<SpeechCue> cues, TextSpan sentence,
                                          int verbStart, List<TextSpan> quotations) {
        for (List<SpeechCue> earlier : List.of(found, cues)) {
            for (int k = earlier.size() - 1; k >= 0; k--) {
                TextSpan who = earlier.get(k).whoAt();
                if (who.start() >= sentence.start() && who.end() <= verbStart) {
                    return who;
                }
            }
        }
        return mainSubject(text, sentence, verbStart, quotations);
    }

    /** "…, according to election lawyer Charlie Spies." */
    private static void accordingTo(String text, TextSpan sentence, List<TextSpan> quotations, List<SpeechCue> cues) {
        Matcher according = ACCORDING_TO.matcher(text).region(sentence.start(), sentence.end());
        while (according.find()) {
            if (inside(quotations, according.start())) {
                continue;
            }
            TextSpan who = nounPhraseAfter(text, according.end(), sentence.end());
            if (who != null) {
                cues.add(new SpeechCue(who.of(text), who, sentence));
            }
        }
    }

    /** "the claims", "his statement", "Trump’s claims": the word is a noun here, not a verb. */
    private static boolean nounUse(String text, TextSpan sentence, int verbStart) {
        List<int[]> before = words(text, Math.max(sentence.start(), verbStart - 40), verbStart);
        if (before.isEmpty()) {
            return false;
        }
        String previous = word(text, before.get(before.size() - 1));
        String lower = previous.toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(lower) && !lower.equals("that") || previous.endsWith("’s") || previous.endsWith("'s")
                || previous.endsWith("s’") || lower.equals("to");
    }

    /** Only a few words of time, place or audience after the verb: "…, NBC announced on Tuesday." */
    private static boolean tail(String text, int from, int sentenceEnd) {
        String rest = text.substring(from, sentenceEnd).strip();
        return rest.length() < 60 && rest.matches("[^,;:“\"]*[.!?]?[”\"’']*");
    }

    /**
     * The speaker right before a verb: a capitalised name ("Gallup’s Jeffrey M. Jones"), a pronoun, or a role
     * with its article ("the Russian ministry"). Between them may stand adverbs, a weekday, a parenthesis and
     * an appositive ("Sarandon, 69, told"; "Bloomberg's pollster, Douglas Schoen, says" gives the name in it).
     * After "and" the verb shares the sentence's subject ("… overruled and said").
     */
    static TextSpan subjectBefore(String text, int from, TextSpan sentence, int verbStart, List<TextSpan> quotations) {
        int end = skipModifiers(text, from, verbStart);
        if (end > from && text.charAt(end - 1) == ',') {
            int open = text.lastIndexOf(',', end - 2);
            if (open >= from && end - open < 120) {
                List<int[]> inner = words(text, open + 1, end - 1);
                TextSpan appositive = inner.isEmpty() ? null : capitalisedRunEndingAt(text, inner, inner.size() - 1);
                end = skipModifiers(text, from, open);
                List<int[]> outer = words(text, from, end);
                boolean outerIsRole = !outer.isEmpty() && !Character.isUpperCase(text.charAt(outer.get(outer.size() - 1)[0]));
                if (appositive != null && appositive.of(text).contains(" ") && outerIsRole) {
                    return appositive;
                }
            }
        }
        List<int[]> words = words(text, clauseStart(text, from, end), end);
        if (words.isEmpty()) {
            return null;
        }
        int[] last = words.get(words.size() - 1);
        String lastWord = word(text, last).toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lastWord) || RELATIVES.contains(lastWord)) {
            return span(last);
        }
        if (COORDINATORS.contains(lastWord)) {
            return mainSubject(text, sentence, last[0], quotations);
        }
        if (Character.isUpperCase(text.charAt(last[0]))) {
            return capitalisedRunEndingAt(text, words, words.size() - 1);
        }
        for (int k = words.size() - 1; k >= Math.max(0, words.size() - MAX_ROLE_WORDS); k--) {
            String word = word(text, words.get(k)).toLowerCase(Locale.ROOT);
            if (k < words.size() - 1 && Character.isUpperCase(text.charAt(words.get(k)[0]))
                    && (word.endsWith("’s") || word.endsWith("'s") || word.endsWith("s’") || word.endsWith("s'"))) {
                // a role held by a name: "Hillary Clinton’s campaign", "Sanders’ campaign", "Bloomberg's pollster"
                TextSpan owner = capitalisedRunEndingAt(text, words, k);
                return new TextSpan(owner.start(), last[1]);
            }
            if (DETERMINERS.contains(word)) {
                return k == words.size() - 1 ? null : new TextSpan(words.get(k)[0], last[1]);
            }
            if (PRONOUNS.contains(word) || RELATIVES.contains(word) || AUXILIARIES.contains(word) || VERB.matcher(word).matches()
                    || Character.isDigit(word.charAt(0))) {
                return null;
            }
        }
        // a bare plural role opening the clause: "Police said", "officials say"
        return words.size() <= 2 ? new TextSpan(words.get(0)[0], last[1]) : null;
    }

    /**
     * The sentence's subject, for "…, saying …" and "… and said …": the first capitalised name (outside
     * quotations) followed by a verb ("Sanders compared …", "Senate Majority Leader Mitch McConnell (R-Ky.) issued").
     */
    static TextSpan mainSubject(String text, TextSpan sentence, int before, List<TextSpan> quotations) {
        Matcher dateline = DATELINE.matcher(text).region(sentence.start(), before);
        List<int[]> words = words(text, dateline.lookingAt() ? dateline.end() : sentence.start(), before);
        for (int k = 0; k < words.size(); k++) {
            if (!Character.isUpperCase(text.charAt(words.get(k)[0])) || inside(quotations, words.get(k)[0])
                    || k == 0 && OPENERS.contains(word(text, words.get(k)).toLowerCase(Locale.ROOT))) {
                continue;
            }
            TextSpan run = capitalisedRun(text, words, k);
            int runEnd = k;
            while (runEnd + 1 < words.size() && words.get(runEnd + 1)[0] < run.end()) {
                runEnd++;
            }
            String owner = word(text, words.get(runEnd));
            if (owner.endsWith("’s") || owner.endsWith("'s") || owner.endsWith("s’")) {
                // "Ryan’s campaign shrugged …", "The Blaze’s Matt Walsh provided …": the run goes on past the possessive
                if (runEnd + 1 < words.size() && !Character.isUpperCase(text.charAt(words.get(runEnd + 1)[0]))
                        && runEnd + 2 < words.size() && VERB_LIKE.matcher(word(text, words.get(runEnd + 2))).matches()) {
                    return new TextSpan(run.start(), words.get(runEnd + 1)[1]);
                }
                k = runEnd;
                continue;
            }
            int afterRun = skipParenthesis(text, run.end(), before);
            if (k == 0 && afterRun < before && text.charAt(afterRun) == ',') {
                return run; // "De Blasio, speaking on WOR710, called …": a name set apart at the start is the subject
            }
            // the verb may follow the name's own phrase: "the U.S. Court of Appeals for the 6th Circuit overruled"
            int after = skipParenthesis(text, run.end(), before);
            Matcher next = WORD.matcher(text).region(after, before);
            for (int step = 0; step < 5 && next.find(); step++) {
                if (!text.substring(after, next.start()).matches("[\\s]*")) {
                    break;
                }
                if (VERB_LIKE.matcher(next.group()).matches() && !next.group().endsWith("s") || step == 0
                        && VERB_LIKE.matcher(next.group()).matches()) {
                    return run;
                }
                if (!PARTICLES.contains(next.group()) && !next.group().equals("the") && !Character.isDigit(next.group().charAt(0))
                        && !Character.isUpperCase(next.group().charAt(0)) && step > 0) {
                    break;
                }
                after = next.end();
            }
            k = runEnd;
        }
        return null;
    }

    /**
     * The speaker named after a verb that follows its clause: "…, said Robert Klein, chairman of …", "…, said
     * election lawyer Charlie Spies.", "…, said Cruz constituent Dan Golvach when …". A name within three words,
     * and nothing but its clause's end after it: "…, said the way the Clinton operation …" and "…, said Mr.
     * Manafort envisioned …" are no attributions.
     */
    static TextSpan inverted(String text, int from, int sentenceEnd) {
        TextSpan who = nounPhraseAfter(text, from, sentenceEnd);
        if (who == null || !Character.isUpperCase(text.charAt(who.start()))
                || words(text, from, who.start()).size() > 3
                || !AFTER_INVERTED.matcher(text).region(who.end(), sentenceEnd).lookingAt()) {
            return null;
        }
        List<int[]> lead = words(text, from, who.start());
        if (!lead.isEmpty() && DETERMINERS.contains(word(text, lead.get(0)).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return who;
    }

    /** The name after "said" or "according to": its capitalised run, after any role words before it. */
    static TextSpan nounPhraseAfter(String text, int from, int sentenceEnd) {
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(from, sentenceEnd);
        int at = from;
        while (word.find()) {
            String between = text.substring(at, word.start());
            if (!between.isBlank() && !between.strip().equals("-")) {
                break; // a comma, a parenthesis, a quotation mark: the phrase ended
            }
            int end = word.end();
            String found = text.substring(word.start(), end);
            boolean sentenceStop = found.endsWith(".") && !DOTTED.matcher(found).matches();
            words.add(new int[] {word.start(), sentenceStop ? end - 1 : end});
            at = end;
            if (sentenceStop || words.size() > 12) {
                break;
            }
        }
        int first = -1;
        for (int k = 0; k < words.size(); k++) {
            if (Character.isUpperCase(text.charAt(words.get(k)[0]))) {
                first = k;
                break;
            }
            if (k >= 5) {
                break;
            }
        }
        if (first < 0) {
            return words.isEmpty() || words.size() > 4 ? null : new TextSpan(words.get(0)[0], words.get(words.size() - 1)[1]);
        }
        TextSpan run = capitalisedRun(text, words, first);
        // "Cruz constituent Dan Golvach", "Democratic strategist Joe Smith": a qualifier and a role before the name
        int after = first;
        while (after < words.size() && words.get(after)[1] <= run.end()) {
            after++;
        }
        int roles = 0;
        while (after < words.size() && roles < 2 && ROLE_WORD.matcher(word(text, words.get(after))).matches()
                && !NOT_ROLES.contains(word(text, words.get(after)))) {
            after++;
            roles++;
        }
        if (roles > 0 && after < words.size() && Character.isUpperCase(text.charAt(words.get(after)[0]))) {
            return capitalisedRun(text, words, after);
        }
        return run;
    }

    /** The run of capitalised words (with particles such as "of", "de") starting at word {@code k}. */
    private static TextSpan capitalisedRun(String text, List<int[]> words, int k) {
        int last = k;
        while (last + 1 < words.size()) {
            int[] next = words.get(last + 1);
            boolean capital = Character.isUpperCase(text.charAt(next[0]));
            // "Secretary of State", but not "Dana Price on Tuesday"
            boolean particle = PARTICLES.contains(word(text, next)) && last + 2 < words.size()
                    && Character.isUpperCase(text.charAt(words.get(last + 2)[0]))
                    && !CalendarWords.ONLY_MONTH_OR_WEEKDAY.matcher(word(text, words.get(last + 2))).matches();
            if (!capital && !particle || !text.substring(words.get(last)[1], next[0]).isBlank()) {
                break;
            }
            last++;
        }
        return new TextSpan(words.get(k)[0], words.get(last)[1]);
    }

    /** The run of capitalised words ending at word {@code k}. */
    private static TextSpan capitalisedRunEndingAt(String text, List<int[]> words, int k) {
        if (!Character.isUpperCase(text.charAt(words.get(k)[0]))) {
            return null;
        }
        int first = k;
        while (first > 0) {
            int[] previous = words.get(first - 1);
            boolean capital = Character.isUpperCase(text.charAt(previous[0]));
            boolean particle = PARTICLES.contains(word(text, previous)) && first - 2 >= 0
                    && Character.isUpperCase(text.charAt(words.get(first - 2)[0]));
            if (!capital && !particle || !text.substring(previous[1], words.get(first)[0]).isBlank()) {
                break;
            }
            first--;
        }
        while (first < k && !Character.isUpperCase(text.charAt(words.get(first)[0]))) {
            first++;
        }
        return new TextSpan(words.get(first)[0], words.get(k)[1]);
    }

    /** Back over spaces, adverbs ("also", "repeatedly"), a weekday ("on Tuesday") and a parenthesis ("(R-Mo.)"). */
    private static int skipModifiers(String text, int from, int at) {
        int end = at;
        for (int round = 0; round < 4; round++) {
            int before = end;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > from && text.charAt(end - 1) == ')') {
                int open = text.lastIndexOf('(', end - 1);
                if (open > from && end - open < 60) {
                    end = open;
                    continue;
                }
            }
            Matcher modifier = Pattern.compile("(?:^|\\s)(?:also|later|previously|then|repeatedly|recently|once|again|"
                    + "\\p{Ll}+ly|(?:(?:on|late|early|earlier|last)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                    + "Saturday|Sunday)(?:\\s+(?:morning|night|evening|afternoon))?)$")
                    .matcher(text.substring(Math.max(from, end - 40), end));
            if (modifier.find()) {
                end -= modifier.end() - modifier.start();
            }
            if (end == before) {
                break;
            }
        }
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int skipBackSpacesAndQuotes(String text, int from, int at) {
        int end = at;
        while (end > from && (Character.isWhitespace(text.charAt(end - 1)) || "”\"'’".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    private static int skipParenthesis(String text, int at, int limit) {
        int i = at;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < limit && text.charAt(i) == '(') {
            int close = text.indexOf(')', i);
            if (close > 0 && close < limit) {
                return close + 1;
            }
        }
        return at;
    }

    /** Where the clause ending at {@code end} starts: after the last comma, semicolon, colon or quotation mark. */
    private static int clauseStart(String text, int from, int end) {
        int start = end;
        while (start > from && ",;:(“\"”".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    private static int lastWordEnd(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The words between {@code start} and {@code end}, a final dot kept only where it belongs to the word. */
    private static List<int[]> words(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(start, end);
        while (word.find()) {
            int wordEnd = word.end();
            String found = word.group();
            if (found.endsWith(".") && !DOTTED.matcher(found).matches()) {
                wordEnd--;
            }
            words.add(new int[] {word.start(), wordEnd});
        }
        return words;
    }

    private static String word(String text, int[] word) {
        return text.substring(word[0], word[1]);
    }

    private static TextSpan span(int[] word) {
        return new TextSpan(word[0], word[1]);
    }

    private static boolean inside(List<TextSpan> quotations, int at) {
        for (TextSpan quotation : quotations) {
            if (quotation.start() < at && at < quotation.end()) {
                return true;
            }
        }
        return false;
    }

    private static TextSpan next(List<TextSpan> quotations, int at) {
        for (TextSpan quotation : quotations) {
            if (quotation.start() >= at) {
                return quotation;
            }
        }
        return null;
    }
}
