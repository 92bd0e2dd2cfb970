package org.coveragebot.retrieval.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coveragebot.retrieval.index.CoverageAnalyzer;
import org.coveragebot.retrieval.facts.Conflict;
import org.coveragebot.retrieval.facts.ConflictFinder;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.index.CoverageIndex;
import org.coveragebot.retrieval.index.PassageHit;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Answers a question from one index snapshot: retrieves passages, ranks their sentences, decides
 * whether the coverage answers at all, picks a few quotes from different articles (so that several
 * outlets speak where they report the fact) and finds where they disagree.
 */
public final class CoverageSearch {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CoverageSearch.class);

    /** Passages retrieved per question before sentence ranking. */
    static final int PASSAGES = 24;
    /** Quotes in one answer, at most. */
    static final int MAX_QUOTES = 5;
    /** Each earlier quote from the same article lowers a candidate's score by this share. */
    static final double SAME_ARTICLE_DISCOUNT = 0.08;
    static final int MAX_PER_ARTICLE = 2;
    /** Characters of quoted text in one answer, at most: an answer is a chat message. */
    static final int MAX_QUOTED_CHARS = 1400;
    static final int MAX_QUOTE_CHARS = 380;
    /** A further quote must score at least this share of the best one. */
    static final double RELATIVE_FLOOR = 0.8;
    /** Candidates (by rank) checked against each other for disagreements. */
    static final int CONFLICT_CANDIDATES = 30;
    static final double CONFLICT_FLOOR = 0.6;
    static final int MAX_CONFLICTS = 2;
    /** Statements from reports further apart than this are not held against each other. */
    static final int MAX_DAYS_APART = 90;
    /** Below this share of the question's (idf-weighted) terms, with weak semantic match, the coverage does not answer. */
    static final double MIN_COVERAGE = 0.5;
    /** ... unless the best sentence is this close in meaning. */
    static final double MIN_MEANING = 0.6;
    /** A sum, a number or a time answers only in a sentence saying this much of the question (of two words, both). */
    static final double MIN_TYPED_COVERAGE = 0.7;
    /** The best few sentences checked against those two: one of them must say enough of the question. */
    static final int GATE_CANDIDATES = 3;

    /** "The comedian", "The 45-year-old singer": a definite description as the sentence's subject. */
    private static final java.util.regex.Pattern OPENS_WITH_DEFINITE = java.util.regex.Pattern.compile(
            "[\"\u201c]?(?:The|This|That) ((?:[\\p{Ll}\\p{N}-]+ ){0,2}[\\p{Ll}-]+)\\b");
    private static final java.util.regex.Pattern OPENS_WITH_PRONOUN = java.util.regex.Pattern.compile(
            "[\"\u201c]?(He|She|They|It|His|Her|Their|Its|This|These|That|Those|The (company|group|firm|team|agency|man|woman))\\b");

    private final CoverageIndex index;
    private final QuestionReader reader;
    private final SentenceRanker ranker;

    public CoverageSearch(CoverageIndex index) {
        this.index = index;
        this.reader = new QuestionReader(new CoverageAnalyzer());
        this.ranker = new SentenceRanker(index, reader);
    }

    public Findings find(String questionText) throws IOException {
        return find(questionText, Set.of());
    }

    /** Answers with {@code carried} articles (quoted earlier in the conversation) as extra, favoured candidates. */
    public Findings find(String questionText, Set<String> carried) throws IOException {
        Question question = reader.read(questionText);
        float[] vector = index.embed(questionText);
        List<PassageHit> hits = index.search(question.terms(), vector, PASSAGES, carried);
        // what is looked at below: the quotes' pool (within RELATIVE_FLOOR of the best) and the conflict candidates
        List<RankedSentence> ranked = ranker.rank(question, hits, carried, CONFLICT_CANDIDATES, RELATIVE_FLOOR);
        if (log.isDebugEnabled()) {
            log.debug("Question terms {} type {}", question.terms(), question.answerType());
            for (RankedSentence sentence : ranked.subList(0, Math.min(8, ranked.size()))) {
                log.debug("  {} cov={} mean={} {} | {}", String.format("%.3f", sentence.score()),
                        String.format("%.2f", sentence.coverage()), String.format("%.2f", sentence.meaning()),
                        sentence.article().id(), sentence.text());
            }
        }
        if (ranked.stream().limit(GATE_CANDIDATES).noneMatch(CoverageSearch::answers)
                || !statesWhatIsAsked(question, ranked) || !aboutTheYearAsked(question, ranked)) {
            return new Findings(question, List.of(), List.of());
        }
        List<RankedSentence> quotes = select(ranked);
        List<Conflict> conflicts = conflicts(question, ranked, quotes);
        return new Findings(question, trim(quotes, question, conflicts), conflicts);
    }

    /** The texts of the best {@code k} passages for a question, as retrieval ranks them before sentences are scored. */
    public List<String> passages(String questionText, int k) throws IOException {
        Question question = reader.read(questionText);
        return index.search(question.terms(), index.embed(questionText), k).stream().limit(k)
                .map(hit -> hit.passage().span().of(hit.article().text())).toList();
    }

    private static boolean answers(RankedSentence best) {
        return best.coverage() >= MIN_COVERAGE || best.meaning() >= MIN_MEANING;
    }

    /**
     * A question that asks for a sum, a share, a number or a time ("When did the band split?") is
     * answered only by a sentence that says most of the question and states such a value ("in May" and
     * "on Sunday" count as times, "in the thousands" as a count): quotes about the subject that state
     * none, or that give the date of something else the subject did, are not an answer.
     */
    private static boolean statesWhatIsAsked(Question question, List<RankedSentence> ranked) {
        if (!question.answerType().isNumeric() && question.answerType() != AnswerType.DATE) {
            return true;
        }
        return leading(ranked).anyMatch(sentence -> (sentence.coverage() >= MIN_TYPED_COVERAGE
                || sentence.meaning() >= MIN_MEANING) && statesValueAsked(question, sentence.text()));
    }

    /** The sentences an answer could quote: the first candidates within {@link #RELATIVE_FLOOR} of the best. */
    private static java.util.stream.Stream<RankedSentence> leading(List<RankedSentence> ranked) {
        double floor = ranked.get(0).score() * RELATIVE_FLOOR;
        return ranked.stream().limit(CONFLICT_CANDIDATES).filter(sentence -> sentence.score() >= floor);
    }

    /**
     * A question about a year ("Who won the 2010 World Cup?") is answered only from articles of that
     * year or that mention it: quotes from coverage that never speaks of it are about something else.
     */
    private static boolean aboutTheYearAsked(Question question, List<RankedSentence> ranked) {
        List<String> years = ValueExtractor.years(question.text());
        return years.isEmpty() || leading(ranked).anyMatch(sentence -> years.stream().anyMatch(
                asked -> sentence.article().text().contains(asked) || sentence.article().metadata().publishedDate()
                        .filter(date -> asked.equals(String.valueOf(date.getYear()))).isPresent()));
    }

    private static boolean statesValueAsked(Question question, String sentence) {
        return switch (question.answerType()) {
            case DATE -> SentenceRanker.saysWhen(question, sentence);
            case COUNT, NUMBER -> SentenceRanker.statesAskedKind(question, sentence)
                    || ValueExtractor.mentionsRoughCount(sentence);
            default -> SentenceRanker.statesAskedKind(question, sentence);
        };
    }

    /**
     * The best sentences above the floor, greedily, each further sentence from an article already
     * quoted counting a little less (so several outlets speak where they report the fact, without
     * losing a strong second sentence of the best article), within the quote and character budgets.
     */
    private static List<RankedSentence> select(List<RankedSentence> ranked) {
        double floor = ranked.get(0).score() * RELATIVE_FLOOR;
        List<RankedSentence> pool = new ArrayList<>();
        for (RankedSentence candidate : ranked) {
            if (candidate.score() >= floor) {
                pool.add(candidate);
            }
        }
        List<RankedSentence> chosen = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        java.util.Map<String, Integer> perArticle = new java.util.HashMap<>();
        int chars = 0;
        while (chosen.size() < MAX_QUOTES) {
            RankedSentence best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (RankedSentence candidate : pool) {
                int already = perArticle.getOrDefault(candidate.article().id(), 0);
                int length = Math.min(candidate.span().length(), MAX_QUOTE_CHARS);
                if (already >= MAX_PER_ARTICLE || texts.contains(normalised(candidate.text()))
                        || (!chosen.isEmpty() && chars + length > MAX_QUOTED_CHARS)) {
                    continue;
                }
                double score = candidate.score() * (1 - SAME_ARTICLE_DISCOUNT * already);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            pool.remove(best);
            chosen.add(best);
            texts.add(normalised(best.text()));
            perArticle.merge(best.article().id(), 1, Integer::sum);
            chars += Math.min(best.span().length(), MAX_QUOTE_CHARS);
        }
        chosen.sort(java.util.Comparator.comparingDouble(RankedSentence::score).reversed());
        return chosen;
    }

    /**
     * Disagreements among the leading candidates. Both sides of a disagreement are quoted: a
     * conflicting sentence that did not make the quotes joins them, and the weakest other quotes make
     * room for it within the character budget.
     */
    private static List<Conflict> conflicts(Question question, List<RankedSentence> ranked, List<RankedSentence> quotes) {
        double floor = ranked.get(0).score() * CONFLICT_FLOOR;
        List<RankedSentence> candidates = new ArrayList<>(quotes);
        for (RankedSentence sentence : ranked.subList(0, Math.min(ranked.size(), CONFLICT_CANDIDATES))) {
            if (sentence.score() >= floor && !candidates.contains(sentence)) {
                candidates.add(sentence);
            }
        }
        List<String> texts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (RankedSentence candidate : candidates) {
            texts.add(candidate.text());
            sources.add(candidate.article().id());
        }
        List<Conflict> found = new ArrayList<>(ConflictFinder.find(texts, sources));
        found.removeIf(conflict -> echoed(question, conflict.firstValue()) || echoed(question, conflict.secondValue())
                || !relevant(question, conflict, quotes.size())
                || monthsApart(candidates.get(conflict.first()), candidates.get(conflict.second())));
        // values of the kind asked for first, then conflicts between the best-ranked sentences
        found.sort(java.util.Comparator.comparingInt((Conflict c) -> asked(question, c) ? 0 : 1)
                .thenComparingInt(c -> Math.max(c.first(), c.second())));
        List<RankedSentence> sides = new ArrayList<>();
        List<Conflict> chosen = new ArrayList<>();
        Set<String> valuePairs = new HashSet<>();
        for (Conflict conflict : found) {
            String key = conflict.firstValue().text() + "\u0000" + conflict.secondValue().text();
            if (chosen.size() == MAX_CONFLICTS || !valuePairs.add(key)) {
                continue;
            }
            chosen.add(conflict);
            addOnce(sides, candidates.get(conflict.first()));
            addOnce(sides, candidates.get(conflict.second()));
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        // the quotes become: both sides of each disagreement, then the best others that still fit
        List<RankedSentence> others = new ArrayList<>(quotes);
        others.removeAll(sides);
        quotes.clear();
        quotes.addAll(sides);
        int chars = 0;
        for (RankedSentence side : sides) {
            chars += Math.min(side.span().length(), MAX_QUOTE_CHARS);
        }
        for (RankedSentence other : others) {
            int length = Math.min(other.span().length(), MAX_QUOTE_CHARS);
            if (quotes.size() < MAX_QUOTES + 1 && chars + length <= MAX_QUOTED_CHARS) {
                quotes.add(other);
                chars += length;
            }
        }
        quotes.sort(java.util.Comparator.comparingDouble(RankedSentence::score).reversed());
        List<Conflict> kept = new ArrayList<>();
        for (Conflict conflict : chosen) {
            kept.add(new Conflict(quotes.indexOf(candidates.get(conflict.first())),
                    quotes.indexOf(candidates.get(conflict.second())), conflict.firstValue(), conflict.secondValue(),
                    conflict.topic()));
        }
        return kept;
    }

    /**
     * Reports published months apart that state different values are usually about different events
     * (this year's award, last year's toll) or a story that moved on, not a disagreement.
     */
    private static boolean monthsApart(RankedSentence a, RankedSentence b) {
        var first = a.article().metadata().publishedDate();
        var second = b.article().metadata().publishedDate();
        return first.isPresent() && second.isPresent()
                && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(first.get(), second.get())) > MAX_DAYS_APART;
    }

    private static void addOnce(List<RankedSentence> list, RankedSentence sentence) {
        if (!list.contains(sentence)) {
            list.add(sentence);
        }
    }

    /** A value the question itself states is not what it asks about. */
    private static boolean echoed(Question question, Value value) {
        return question.askedWords().containsAll(QuestionReader.surfaceWords(value.text()));
    }

    /**
     * A disagreement is reported when it is about what was asked: a value of the kind the question
     * wants ("how much" and two sums), or, for open questions ("what did he say"), one between
     * sentences that answer it by themselves, not ones pulled in for the disagreement.
     */
    private static boolean relevant(Question question, Conflict conflict, int quoted) {
        if (SentenceRanker.wantedKind(question.answerType()) != null) {
            return asked(question, conflict);
        }
        return conflict.first() < quoted && conflict.second() < quoted;
    }

    private static boolean asked(Question question, Conflict conflict) {
        return SentenceRanker.wantedKind(question.answerType()) == conflict.firstValue().kind();
    }

    /**
     * Over-long quotes cut to their best clauses, always keeping a value that a conflict names; a
     * quote opening with a pronoun gains the sentence before it while the answer stays within budget.
     */
    private List<RankedSentence> trim(List<RankedSentence> quotes, Question question, List<Conflict> conflicts) {
        Set<String> terms = new HashSet<>(question.terms());
        List<TextSpan> spans = new ArrayList<>(quotes.size());
        int total = 0;
        for (int i = 0; i < quotes.size(); i++) {
            RankedSentence quote = quotes.get(i);
            String text = quote.article().text();
            TextSpan span = ClauseTrimmer.trim(text, quote.span(), MAX_QUOTE_CHARS, reader, terms);
            for (Conflict conflict : conflicts) {
                var value = conflict.first() == i ? conflict.firstValue()
                        : conflict.second() == i ? conflict.secondValue() : null;
                if (value != null) {
                    TextSpan kept = new TextSpan(quote.span().start() + value.start(), quote.span().start() + value.end());
                    if (!span.contains(kept)) {
                        span = ClauseTrimmer.around(text, quote.span(), kept, MAX_QUOTE_CHARS);
                    }
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
                if (total + extended.length() - span.length() <= MAX_QUOTED_CHARS) {
                    total += extended.length() - span.length();
                    span = extended;
                }
            }
            trimmed.add(new RankedSentence(quote.article(), span, quote.coverage(), quote.meaning(), quote.score(),
                    quote.previous()));
        }
        return trimmed;
    }

    /**
     * A sentence that opens with a pronoun ("She was also given the award …"), or with the very thing
     * the question asks to name ("The comedian will return …" for "which comedian …"), is quoted with
     * the sentence before it, which says who that is — when both fit in one quote.
     */
    private TextSpan withAntecedent(RankedSentence quote, Question question) {
        TextSpan previous = quote.previous();
        if (previous == null || quote.span().end() - previous.start() > MAX_QUOTE_CHARS
                || !OPENS_WITH_PRONOUN.matcher(quote.text()).lookingAt() && !opensWithFocus(quote.text(), question)) {
            return quote.span();
        }
        return new TextSpan(previous.start(), quote.span().end());
    }

    private boolean opensWithFocus(String sentence, Question question) {
        java.util.regex.Matcher opening = OPENS_WITH_DEFINITE.matcher(sentence);
        return opening.lookingAt() && reader.analyse(opening.group(1)).stream().anyMatch(question.focus()::contains);
    }

    private static String normalised(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
