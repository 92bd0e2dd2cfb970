package org.coveragebot.retrieval.question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.coveragebot.retrieval.facts.CalendarWords;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.facts.ValueKind;

/**
 * Reads a question: its search terms (the same English analysis as the index, so nothing the user
 * types is ever query syntax) and the kind of answer it wants.
 */
public final class QuestionReader {

    private static final Pattern INITIALS_DOT = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    private static final Pattern PERCENT = Pattern.compile("(?i)\\b(what|which) (percent|percentage|share|proportion|fraction)\\b|\\bhow much of\\b|\\bpercent(age)?\\b");
    private static final Pattern MONEY = Pattern.compile("(?i)\\b(how much (money|aid|funding|cash)?|what (price|cost|amount|sum|salary|fine|revenue)"
            + "|how much did .* (cost|pay|spend|raise|earn|make|sell|buy|acquire|announce|pledge|give|award))\\b|\\b(cost|price|worth|revenue|paid|pay|fund(ing)?|aid|dollars?|budget|fine)\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(how many|what(?: (?:is|was|are|were))? the (?:total )?number of|what number of"
            + "|what(?:'s| is| was| are| were)? the (?:population|death toll|toll|attendance|headcount|turnout)\\b)");
    private static final Pattern NUMBER = Pattern.compile("(?i)\\b(how (old|long|far|tall|big|large|high|fast|deep|heavy)|what (age|score|number|size|temperature)|final score|which (big )?birthday)\\b");
    private static final Pattern DATE = Pattern.compile("(?i)\\b(when|what (year|date|day|month|time)|which (year|date|day|month)|how soon|until when"
            + "|(premiere|release|launch|opening|air|start|due|expiry|election|wedding|birth) date|date of)\\b");
    private static final String PLACE_NOUNS = "country|city|state|county|town|region|nation|island|continent|place|province"
            + "|venue|stadium|location";
    private static final String PERSON_NOUNS = "person|player|politician|candidate|leader|official|president|singer|actor"
            + "|actress|comedian|director|star|athlete|coach|senator|judge|woman|man|celebrity";
    private static final String ORGANISATION_NOUNS = "company|companies|firm|organi[sz]ation|agency|group|party|team|club"
            + "|network|airline|automaker|carmaker|bank|union|university|school|newspaper|outlet|brand|retailer|chain"
            + "|department|ministry|court|committee|government";
    private static final Pattern PLACE = Pattern.compile("(?i)\\b(where|(which|what) (" + PLACE_NOUNS + "))\\b|\\blocation\\b");
    private static final Pattern PERSON = Pattern.compile("(?i)\\b(who|whom|whose|(which|what) (" + PERSON_NOUNS + "))\\b");
    private static final Pattern NAME = Pattern.compile("(?i)\\b(which|what|name)\\b");
    /** "What is the name of …", "What was Bakhmut called …", "… known as": a name is asked for. */
    private static final Pattern CALLED = Pattern.compile("(?i)\\bwhat(?:'s| is| was| are| were)? the (?:name|title)s?\\b"
            + "|\\bwhat (?:is|was|are|were) .{1,60}\\b(?:called|named|renamed|known as|nicknamed|dubbed)\\b");
    /** "What did … say / do", "What is … known for": a description is asked for, not a name. */
    private static final Pattern WHAT_HAPPENED = Pattern.compile("(?i)^\\s*(?:and\\s+|so\\s+|but\\s+)?what\\s+"
            + "(?:(?:did|does|do|has|have|had|will|would|can|could|should|happened|happens)\\b"
            + "|(?:is|was|are|were)\\b.*\\b(?:known for|famous for|like|about|going on|happening|the reason|the cause"
            + "|the point|the purpose)\\b)");
    private static final Pattern DURATION = Pattern.compile("(?i)\\bhow long\\b.*\\b(last|lasted|lasts|take|took|takes|run|ran"
            + "|been|stay|stayed|serve|served|go on|went on|continue)\\b|\\bfor how long\\b|\\bhow many (days|weeks|months|years"
            + "|hours|decades)\\b");
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(which|what) (" + ORGANISATION_NOUNS + ")\\b");
    /** The last word of a which-phrase, one of the nouns above or its plural. */
    private static final Pattern PERSON_HEAD = Pattern.compile("(?i)(?:" + PERSON_NOUNS + ")s?");
    private static final Pattern PLACE_HEAD = Pattern.compile("(?i)(?:" + PLACE_NOUNS + ")s?|countries|cities|counties");
    private static final Pattern ORGANISATION_HEAD = Pattern.compile("(?i)(?:" + ORGANISATION_NOUNS + ")s?");
    private static final Pattern YES_NO = Pattern.compile("(?i)\\s*(did|does|do|is|are|was|were|has|have|had|will|can|could"
            + "|should|would)\\b");

    /** A which/what phrase: up to three words, ending before a verb ("is", "won", "announced") or a preposition. */
    private static final Pattern FOCUS = Pattern.compile("(?i)\\b(?:which|what)(?: (?:of the following|kind of|type of|sort of))?"
            + "((?: (?!" + "(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|may|might|should|of|in|on|at"
            + "|to|for|by|that|from|with|won|beat|became|got|made|took|said|led|lost|held|saw|went|came|gave|told|sold"
            + "|bought|hit|set|ran|left|began|broke|drew|fell|found|grew|met|paid|rose|sent|struck|wrote|\\p{L}+ed|\\p{L}+ly)"
            + "\\b)[\\p{L}\\p{N}'\u2019-]+){1,3})");

    /** Capitalised words that open a question rather than name anything. */
    private static final Pattern QUESTION_OPENERS = Pattern.compile("(?:(?:What|Which|Who|Whom|Whose|When|Where|Why|How"
            + "|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Will|Can|Could|Should|Would|And|But|So|Tell|Name|In|On|At|For"
            + "|According|After|Before|During|The|A|An)(?:\\s+|$))+");
    /** The noun phrase "how many" or "the number of" counts, up to its verb or preposition. */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\b(?:how many|(?:total )?number of)\\s+((?:(?!(?:were|was|are"
            + "|is|have|has|had|did|do|does|will|would|can|could|should|may|might|in|on|at|of|for|from|to|during|since|by|"
            + "with|after|before|that|who)\\b)[\\p{L}\\p{N}'’-]+\\s*){1,4})");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)\\b(?:what|which|at what) time\\b");
    private static final Pattern FIGURE = Pattern.compile("\\d");
    private static final Pattern QUARTER = Pattern.compile("(?:Q|H)[1-4]|FY\\d{2,4}");
    private static final Pattern NOW = Pattern.compile("\\b(?:[Tt]his (?:week|month|year)|[Rr]ecent(?:ly)?"
            + "|[Ll]atest|[Nn]ewest|most recent|new|[Nn]ow|[Cc]urrent(?:ly)?|[Uu]pcoming|next|[Tt]oday|[Yy]esterday|last (?:week|month)|so far|still)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c][^\"\u201d]*[\"\u201d]");
    private static final Pattern WHO_SAID = Pattern.compile("(?i)\\s*(?:and\\s+)?who\\s+(?:said|says|told|tells|claimed|claims"
            + "|wrote|writes|argued|argues|stated|noted|added|suggested|insisted|warned|tweeted|called|accused|predicted"
            + "|believes|thinks|declared|announced|asked|urged)\\b");
    /** A single word that qualifies the noun after it: "Republican candidate", "Russian skater", "US state". */
    private static final Pattern MODIFIER = Pattern.compile("\\p{Lu}\\p{L}*(?:an|ean|ian|ese|ish|ic|i)|\\p{Lu}{1,3}|\\p{Lu}\\.\\p{Lu}\\.");

    private final Analyzer analyzer;
    private final List<Set<String>> measures;
    private final PlaceWords places;
    private final PlaceNames placeNames = PlaceNames.load();
    /** The words news counts people by. */
    private final Set<String> people;
    /** Each analysed word of an event and the words of its opposite. */
    private final Map<String, Set<String>> contraries;

    public QuestionReader(Analyzer analyzer) {
        this.analyzer = analyzer;
        List<Set<String>> groups = new java.util.ArrayList<>();
        for (Set<String> group : MeasureWords.GROUPS) {
            groups.add(Set.copyOf(analyse(String.join(" ", group))));
        }
        this.measures = List.copyOf(groups);
        this.places = PlaceWords.load(this::analyse);
        Map<String, Set<String>> opposite = new java.util.HashMap<>();
        for (List<Set<String>> pair : ContraryWords.PAIRS) {
            Set<String> one = Set.copyOf(analyse(String.join(" ", pair.get(0))));
            Set<String> other = Set.copyOf(analyse(String.join(" ", pair.get(1))));
            one.forEach(term -> opposite.put(term, other));
            other.forEach(term -> opposite.put(term, one));
        }
        this.contraries = Map.copyOf(opposite);
        this.people = Set.copyOf(analyse("people person persons others victims residents individuals men women children "
                + "adults teens teenagers students officers civilians soldiers workers passengers patients voters fans "
                + "guests customers employees members boys girls kids youths juveniles infants babies brothers sisters "
                + "siblings sons daughters parents cousins relatives friends neighbors neighbours bystanders deputies "
                + "troopers agents shoppers worshippers partygoers hostages inmates protesters troops pedestrians "
                + "motorists drivers tourists visitors spectators attendees coworkers colleagues males females "
                + "suspects gunmen victim"));
    }

    /** Words that shape a question but are not what it is about. */
    private static final Pattern QUESTION_WORDS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(how|much|many|what|which|who|whom"
            + "|whose|when|where|why|did|do|does|done|is|are|was|were|been|be|has|have|had|can|could|would|should|will"
            + "|shall|may|might|must|tell|me|us|please|following|happened|happen|know|say|says|said|about|there|any|some"
            + "|according|i|you|we|this|week|recently|recent|latest|new|name|named|called|exactly|actually|from|more|than"
            + "|most|less|least|under|over|he|she|it|they|his|her|its|their|them|him|into|onto|upon|between|among"
            + "|within|during|after|before|since|until|against|number|type|kind|one|ones|also|just|now|then)(?:['\u2019]s)?(?![\\p{L}\\p{N}])");

    public Question read(String text) {
        List<String> terms = analyse(QUESTION_WORDS.matcher(text).replaceAll(" "));
        if (terms.isEmpty()) {
            terms = analyse(text);
        }
        if (CALLED.matcher(text).find()) {
            // "What was Bakhmut called …" asks for a name: "named Artemovsk", "known as", "formerly" say it
            terms = new java.util.ArrayList<>(terms);
            terms.addAll(analyse("called"));
        }
        Subject subject = subject(text);
        boolean asksWhoSaid = WHO_SAID.matcher(text).lookingAt();
        return new Question(text, terms, answerType(text), surfaceWords(text), focus(text), subject,
                anchors(terms, subject), asksWhoSaid, counted(text), !asksWhoSaid && aboutNow(text));
    }

    /**
     * Does the question ask about the present ("this week", "the latest figures", "recently", "now")? Words
     * inside quotation marks are what someone said, not the asker's time; "New" with a capital is a name's.
     */
    static boolean aboutNow(String text) {
        return NOW.matcher(QUOTED.matcher(text).replaceAll(" ")).find();
    }

    /** An analysed term and those of its place or people: "french" meets "franc", "ukrainian" meets "ukrain". */
    public Set<String> kin(String term) {
        return places.kin(term);
    }

    /** Countries, regions and US states by name, as read once for this reader. */
    public PlaceNames placeNames() {
        return placeNames;
    }

    /** The analysed words of the opposite event: "stop" for "start", "fell" for "rose"; none for most words. */
    public Set<String> contrary(String term) {
        return contraries.getOrDefault(term, Set.of());
    }

    /** Is an analysed term one of the words news counts people by ("people", "victims", "residents")? */
    public boolean countsPeople(String term) {
        return people.contains(term);
    }

    /** Is a written word one news uses for a measure ("wounded", "deaths"), as written, not by its stem? */
    public boolean measureWord(String written) {
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        return MeasureWords.GROUPS.stream().anyMatch(group -> group.contains(lower));
    }

    /** The groups of words news uses for one measure, analysed. */
    public List<Set<String>> measureGroups() {
        return measures;
    }

    /**
     * A figure the question states: a share, a sum, a number of three or more digits or with a decimal point
     * standing on its own ("112,000 vehicles", "a magnitude 7.1 earthquake") — not a number that is part of a
     * name ("GPT-3", "iPhone 11", "Season 3", "Python 3.12").
     */
    private static boolean figure(String question, Value value) {
        if (value.kind() == ValueKind.PERCENT || value.kind() == ValueKind.MONEY) {
            return true;
        }
        if (value.kind() != ValueKind.NUMBER || !value.text().matches("\\d{1,3}(?:,\\d{3})+|\\d{3,}|\\d+\\.\\d+")) {
            return false;
        }
        String before = question.substring(0, value.start());
        return !before.matches("(?s).*(?:[-\\p{L}]|\\p{Lu}[\\p{L}\\p{N}]*\\s)$");
    }

    /** What "how many" counts: "how many hate crimes were reported" → hate, crime; people with their other words. */
    Set<String> counted(String text) {
        Matcher counted = COUNTED.matcher(text);
        if (!counted.find()) {
            return Set.of();
        }
        Set<String> terms = new LinkedHashSet<>(analyse(counted.group(1)));
        if (terms.stream().anyMatch(people::contains)) {
            terms.addAll(people);
        }
        return terms;
    }

    /** The names and the day a question asks about. */
    Subject subject(String text) {
        List<Subject.Name> names = new java.util.ArrayList<>();
        java.util.Optional<Subject.AskedDay> day = java.util.Optional.empty();
        Value series = null;
        int seriesFrom = 0;
        for (Value value : ValueExtractor.extract(text)) {
            if (value.kind() == ValueKind.DATE) {
                day = day.or(() -> askedDay(value));
            } else if (value.kind() == ValueKind.NAME) {
                if (series != null && text.substring(series.end(), value.start()).matches("\\s*:\\s*")) {
                    // "The Legend of Zelda: Breath of the Wild": the work is named by its own title, the series only qualifies it
                    for (int i = seriesFrom; i < names.size(); i++) {
                        Subject.Name part = names.get(i);
                        names.set(i, new Subject.Name(part.text(), part.terms(), true));
                    }
                }
                series = value;
                seriesFrom = names.size();
                names.addAll(names(text, value));
            } else if (figure(text, value)) {
                // a figure the question states ("risen by 24%", "recalled 112,000 vehicles") tells its fact apart
                List<String> terms = analyse(value.text()).stream().filter(term -> FIGURE.matcher(term).find()).toList();
                if (!terms.isEmpty()) {
                    names.add(new Subject.Name(value.text(), terms, false));
                }
            }
        }
        return new Subject(names, day);
    }

    /** "Las Vegas, Nevada" is Las Vegas, qualified by Nevada; "Republican candidate" is qualified by Republican. */
    private List<Subject.Name> names(String question, Value name) {
        String written = name.text();
        Matcher opening = QUESTION_OPENERS.matcher(written);
        if (opening.lookingAt()) {
            written = written.substring(opening.end());
        }
        if (written.isBlank() || CalendarWords.ONLY_MONTH_OR_WEEKDAY.matcher(written).matches() || QUARTER.matcher(written).matches()) {
            return List.of(); // a month, a weekday, a quarter ("Q1") is a time, not a name
        }
        List<Subject.Name> names = new java.util.ArrayList<>();
        String[] parts = written.split(",\\s+", 2);
        String after = question.substring(Math.min(question.length(), name.end())).stripLeading();
        boolean modifier = parts.length == 1 && !written.contains(" ") && MODIFIER.matcher(written).matches()
                && !after.isEmpty() && Character.isLowerCase(after.charAt(0));
        List<String> terms = analyse(parts[0]);
        boolean first = parts.length == 1 && !written.contains(" ") && question.strip().startsWith(written);
        if (inWhichPhrase(question, name) && !placeNames.contains(written)) {
            modifier = true;
        }
        if (!terms.isEmpty()) {
            // a lone word opening the question is capitalised by its place ("Insulin makers …")
            names.add(new Subject.Name(parts[0], terms, modifier || first));
        }
        if (parts.length > 1 && !analyse(parts[1]).isEmpty()) {
            names.add(new Subject.Name(parts[1], analyse(parts[1]), true));
        }
        return names;
    }

    /**
     * Is the name part of the which-phrase ("Which US Cabinet official …")? There it says what kind of thing the
     * answer is, which the answering report need not spell out ("Homeland Security Secretary Alejandro Mayorkas");
     * a place there ("Which Delaware runners …") still says where the answer is.
     */
    private static boolean inWhichPhrase(String question, Value name) {
        Matcher focus = FOCUS.matcher(question);
        return focus.find() && name.start() >= focus.start(1) && name.end() <= focus.end(1);
    }

    private static java.util.Optional<Subject.AskedDay> askedDay(Value date) {
        int encoded = (int) date.number();
        int year = encoded / 10000;
        int month = encoded / 100 % 100;
        int day = encoded % 100;
        return month >= 1 && day >= 1 && day <= 31 ? java.util.Optional.of(new Subject.AskedDay(year, month, day))
                : java.util.Optional.empty();
    }

    /** The question's terms beside its subject's, and the words news uses for the same measure. */
    private Set<String> anchors(List<String> terms, Subject subject) {
        Set<String> anchors = new LinkedHashSet<>(terms);
        for (Subject.Name name : subject.names()) {
            anchors.removeAll(name.terms());
        }
        anchors.removeIf(term -> term.chars().allMatch(Character::isDigit));
        for (Set<String> group : measures) {
            if (group.stream().anyMatch(anchors::contains)) {
                anchors.addAll(group);
            }
        }
        return anchors;
    }

    /** The words after "which"/"what" up to the verb: "which US Cabinet official is …" gives us, cabinet, offici. */
    Set<String> focus(String text) {
        Matcher phrase = FOCUS.matcher(text);
        if (!phrase.find()) {
            return Set.of();
        }
        return new LinkedHashSet<>(analyse(phrase.group(1)));
    }

    /** An analysed word of a text: its term, where it stands, and its position counting dropped stop words. */
    public record Token(String term, int start, int end, int position) {
    }

    /** The analysed words of {@code text} with their offsets and positions. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increment =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return tokens;
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

    public static Set<String> surfaceWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(fold(word.group()));
        }
        return words;
    }

    /** Lower case, no trailing possessive or dots, no dots between initials: "Biden's" and "biden" compare equal. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        while (lower.endsWith(".") || lower.endsWith("-") || lower.endsWith("'")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return INITIALS_DOT.matcher(lower).replaceAll(""); // "U.S." is "US"
    }

    /** The type a qualified which/what phrase asks for by its last word: "US state" a place, "Cabinet official" a person. */
    private static AnswerType byHeadNoun(String question) {
        Matcher phrase = FOCUS.matcher(question);
        if (!phrase.find()) {
            return null;
        }
        String[] words = phrase.group(1).strip().split(" ");
        String head = words[words.length - 1];
        if (PERSON_HEAD.matcher(head).matches()) {
            return AnswerType.PERSON;
        }
        if (PLACE_HEAD.matcher(head).matches()) {
            return AnswerType.PLACE;
        }
        return ORGANISATION_HEAD.matcher(head).matches() ? AnswerType.ORGANISATION : null;
    }

    static AnswerType answerType(String question) {
        if (TIME_OF_DAY.matcher(question).find()) {
            return AnswerType.TIME;
        }
        if (DURATION.matcher(question).find()) {
            return AnswerType.DURATION;
        }
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
        if (ORGANISATION.matcher(question).find()) {
            return AnswerType.ORGANISATION;
        }
        if (Pattern.compile("(?i)\\bhow much\\b").matcher(question).find() || MONEY.matcher(question).find()
                && Pattern.compile("(?i)\\b(how much|what)\\b").matcher(question).find()) {
            return AnswerType.MONEY;
        }
        if (CALLED.matcher(question).find()) {
            return AnswerType.NAME;
        }
        AnswerType byHead = byHeadNoun(question);
        if (byHead != null) {
            return byHead; // "which US state", "which island nation", "which of the following politicians"
        }
        if (WHAT_HAPPENED.matcher(question).find()) {
            return AnswerType.OTHER; // "What did Zelensky say …?", "What is Bakhmut known for?": a description
        }
        if (NAME.matcher(question).find()) {
            return AnswerType.NAME;
        }
        return YES_NO.matcher(question).lookingAt() ? AnswerType.YES_NO : AnswerType.OTHER;
    }
}
