package org.coveragebot.retrieval.search;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.List;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.facts.ValueKind;
import org.coveragebot.retrieval.index.PassageIndex;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;
import org.coveragebot.retrieval.question.Subject;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Does a candidate speak of what the question is about? Each name the question gives must be said in the
 * sentence, or through its passage, its headline or its article's lede (where "he", "the city" or "the
 * shooting" get their names); of a name of several words, its most telling word ("Kramatorsk", "Valieva",
 * "Vegas") is enough. A day asked about must be the day the article reports: published that day or within
 * two days after, up to a week after when the article names that weekday, up to two months after when it
 * says "earlier this month", "last month" or "last week" of that day, or at any time when it names the date
 * itself. A quote about Bakhmut does not answer a question about Kramatorsk; a shooting in Houston does not
 * answer one about Augusta.
 */
final class SubjectCheck {

    /** Characters of an article's opening that count as its lede. */
    static final int LEDE_CHARS = 700;
    static final int SAME_DAYS = 2;
    static final int WEEKDAY_DAYS = 8;
    /** Days after which a report no longer says "last month" of the day. */
    static final int LATER_DAYS = 62;

    private final PassageIndex index;
    private final QuestionReader reader;
    private final Readings readings;
    private final Map<String, Boolean> days = new HashMap<>();
    private final Map<String, Boolean> anonymous = new HashMap<>();
    private final Set<String> linked;
    /** An opening that speaks of something named before it: a pronoun or "the company", "this game". */
    private static final Pattern POINTS_BACK = Pattern.compile("(?:[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\.\\.\\. )?"
            + "(?:It|He|She|They|Its|His|Her|Their|This|These|(?:The|This) (?:company|game|film|movie|show|album|band|team"
            + "|group|firm|carmaker|automaker|device|phone|console|series|season|book|song|event|model))\\b");
    /** Capitalised words of the calendar and quarter codes, which name no one. */
    private static final Pattern CALENDAR = Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\p{L}*\\.?"
            + "|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Q|H)[1-4]");

    /**
     * One check per question: it remembers the dates it has looked at; ledes come from {@code readings}.
     * It takes {@code linked} articles (reports of the same story, see {@link StoryLinks}) as naming the subject.
     */
    SubjectCheck(PassageIndex index, QuestionReader reader, Readings readings, Set<String> linked) {
        this.index = index;
        this.reader = reader;
        this.readings = readings;
        this.linked = linked;
    }

    /** Is {@code article}'s sentence, with {@code context} (the terms of sentence, passage and title), about the subject? */
    boolean speaksOf(Question question, Article article, Set<String> context) throws IOException {
        return speaksOf(question, article, context, null);
    }

    /**
     * As above; with {@code sentence} (the candidate's own text), a figure the question states must be written
     * there as the same kind of value: "24%" is not said by "24/7", and "risen by 24%" is not answered by a
     * sentence whose neighbour gives 24% of something else.
     */
    boolean speaksOf(Question question, Article article, Set<String> context, String sentence) throws IOException {
        Subject subject = question.subject();
        for (Subject.Name name : subject.names()) {
            if (name.optional() || linked.contains(article.id())) {
                continue;
            }
            String telling = mostTelling(name);
            boolean figure = name.terms().stream().allMatch(term -> term.chars().anyMatch(Character::isDigit));
            if (!figure && common(telling)) {
                continue; // a name most of the coverage speaks of ("Americans" in US news) tells nothing apart
            }
            // a figure the question states ("risen by 24%") is said by the answering sentence, not somewhere in the lede
            Set<String> lede = figure ? Set.of() : lede(article);
            if (!said(name, telling, context, lede) && !(anonymous(article) && filedWith(article, telling))) {
                return false;
            }
            if (figure && sentence != null && !writes(sentence, name.text())) {
                return false;
            }
        }
        for (String year : years(question)) {
            if (!context.contains(year) && !lede(article).contains(year) && !article.metadata().publishedDate()
                    .map(date -> year.equals(String.valueOf(date.getYear()))).orElse(false)) {
                return false; // "revenue in Q1 2021" is not answered by a report of 2023's first quarter
            }
        }
        return subject.day().isEmpty() || days.computeIfAbsent(article.id(), id -> reports(article, subject.day().get()));
    }

    /** Does the text give the figure as a value of its kind: "24%" as a share of 24, "$5 billion" as that sum? */
    private static boolean writes(String text, String figure) {
        List<Value> asked = ValueExtractor.extract(figure);
        if (asked.isEmpty()) {
            return true;
        }
        Value wanted = asked.get(0);
        return ValueExtractor.extract(text).stream().anyMatch(value -> value.kind() == wanted.kind()
                && (Double.isNaN(wanted.number()) || value.number() == wanted.number()));
    }

    /** Passages that may hold a name before it stops telling them apart. */
    static final double COMMON_SHARE = 0.05;
    /** ... and in at least this many: in a handful of articles on two stories, each place is in many of them. */
    static final int COMMON_PASSAGES = 50;

    private final Map<String, Boolean> commonTerms = new HashMap<>();

    private boolean common(String term) throws IOException {
        Boolean known = commonTerms.get(term);
        if (known == null) {
            known = index.share(term) > COMMON_SHARE && index.passagesSaying(term) >= COMMON_PASSAGES;
            commonTerms.put(term, known);
        }
        return known;
    }

    /**
     * Is a name said: its most telling word, or, for a name of three words or more ("French Presidential
     * Election"), most of its words ("the presidential election").
     */
    private boolean said(Subject.Name name, String telling, Set<String> context, Set<String> lede) {
        if (reader.kin(telling).stream().anyMatch(term -> context.contains(term) || lede.contains(term))) {
            return true;
        }
        if (name.terms().size() < 3) {
            return false;
        }
        long present = name.terms().stream().filter(term -> near(term, context) || near(term, lede)).count();
        return present * 2 >= name.terms().size();
    }

    /**
     * The term, its place or people ("franc" of "french"), or one sharing its first five letters ("presid" of
     * "presidenti"): the same word in another form.
     */
    private boolean near(String term, Set<String> terms) {
        if (reader.kin(term).stream().anyMatch(terms::contains)) {
            return true;
        }
        if (term.length() < 5) {
            return false;
        }
        String stem = term.substring(0, 5);
        return terms.stream().anyMatch(other -> other.startsWith(stem));
    }

    /** The years the question asks about, when it gives no full day. */
    private static List<String> years(Question question) {
        return question.subject().day().isPresent() ? List.of() : ValueExtractor.years(question.text());
    }

    /**
     * A text that names nothing and no one (a search snippet: "The company logged $679 million …"): it does
     * not say what it is about, so it cannot be said to be about something else.
     */
    private boolean anonymous(Article article) {
        return anonymous.computeIfAbsent(article.id(), id -> {
            String opening = Readings.openingText(article, LEDE_CHARS);
            for (Value value : readings.opening(article, LEDE_CHARS)) {
                boolean afterFullStop = value.start() == 0 || opening.substring(0, value.start()).matches("(?s).*[.!?…]\\s*$");
                if (value.kind() == ValueKind.NAME && !(afterFullStop && value.text().indexOf(' ') < 0)
                        && !CALENDAR.matcher(value.text()).matches()) {
                    return false;
                }
            }
            return article.metadata().title() == null;
        }) || untitledAndUnnamed(article);
    }

    /** A text without a title whose opening points back at something named elsewhere: "It was released on …". */
    private static boolean untitledAndUnnamed(Article article) {
        if (article.metadata().title() != null || article.body().isEmpty()) {
            return false;
        }
        String opening = article.text().substring(article.body().get(0).start(), article.body().get(0).end());
        return POINTS_BACK.matcher(opening).lookingAt();
    }

    private final Map<String, Set<String>> foldersSaying = new HashMap<>();

    /**
     * Is the article filed in a folder whose other articles say the term? A snippet that names nothing
     * belongs to the story it was filed with, not to every story.
     */
    private boolean filedWith(Article article, String term) throws IOException {
        Set<String> folders = foldersSaying.get(term);
        if (folders == null) {
            folders = new HashSet<>();
            for (String kin : reader.kin(term)) {
                for (String id : index.articlesSaying(kin)) {
                    folders.add(folder(id));
                }
            }
            foldersSaying.put(term, folders);
        }
        return folders.contains(folder(article.id()));
    }

    private static String folder(String articleId) {
        int slash = articleId.lastIndexOf('/');
        return slash < 0 ? "" : articleId.substring(0, slash);
    }

    /** The rarest word of a name: the one that tells it apart ("vega" of "las vega", "valieva" of "kamila valieva"). */
    private String mostTelling(Subject.Name name) throws IOException {
        String best = name.terms().get(0);
        double bestIdf = -1;
        for (String term : name.terms()) {
            double idf = index.idf(term);
            if (idf > bestIdf) {
                best = term;
                bestIdf = idf;
            }
        }
        return best;
    }

    private Set<String> lede(Article article) {
        return readings.lede(article, LEDE_CHARS);
    }

    /** Does the article report on that day: by its date, a weekday it names, or the date written out? */
    static boolean reports(Article article, Subject.AskedDay day) {
        String text = article.text();
        if (namesTheDate(text, day)) {
            return true;
        }
        Optional<LocalDate> published = article.metadata().publishedDate();
        if (published.isEmpty() || day.year() == 0) {
            return false;
        }
        LocalDate asked;
        try {
            asked = LocalDate.of(day.year(), day.month(), day.day());
        } catch (java.time.DateTimeException e) {
            return false;
        }
        long after = ChronoUnit.DAYS.between(asked, published.get());
        if (after >= -1 && after <= SAME_DAYS) {
            return true;
        }
        return after > SAME_DAYS && after <= WEEKDAY_DAYS && namesTheWeekday(text, asked.getDayOfWeek())
                || after > SAME_DAYS && saysWhenRelatively(text, asked, published.get());
    }

    private static final Pattern EARLIER_THIS_MONTH = Pattern.compile("(?i)\\bearlier this month\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)\\blast month\\b");
    private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\blast week\\b");

    /**
     * Does a later report place the day by its own date: "a gun battle earlier this month" published on
     * December 21 for December 8, "last month" in April for March 4, "last week" a week or two after?
     */
    private static boolean saysWhenRelatively(String text, LocalDate asked, LocalDate published) {
        long after = ChronoUnit.DAYS.between(asked, published);
        if (published.getYear() == asked.getYear() && published.getMonth() == asked.getMonth()
                && EARLIER_THIS_MONTH.matcher(text).find()) {
            return true;
        }
        if (published.minusMonths(1).getMonth() == asked.getMonth() && after <= LATER_DAYS && LAST_MONTH.matcher(text).find()) {
            return true;
        }
        return after >= 4 && after <= 13 && LAST_WEEK.matcher(text).find();
    }

    private static boolean namesTheDate(String text, Subject.AskedDay day) {
        String month = java.time.Month.of(day.month()).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        String abbreviated = month.substring(0, 3);
        Pattern written = Pattern.compile("\\b(?:" + month + "|" + abbreviated + "\\.?|Sept\\.?)\\s+" + day.day()
                + "(?:st|nd|rd|th)?\\b|\\b" + day.day() + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month + "\\b"
                + (day.year() > 0 ? "|\\b" + day.year() + "-" + String.format("%02d-%02d", day.month(), day.day()) + "\\b"
                        + "|\\b" + day.month() + "/" + day.day() + "/(?:" + day.year() + "|" + day.year() % 100 + ")\\b" : ""));
        if (!month.startsWith("Sep")) {
            written = Pattern.compile(written.pattern().replace("|Sept\\.?", ""));
        }
        return written.matcher(text).find();
    }

    private static boolean namesTheWeekday(String text, DayOfWeek weekday) {
        String name = weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return text.contains(name);
    }
}
