package org.coveragebot.retrieval.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.claims.AnswerExtractor;
import org.coveragebot.retrieval.claims.SentenceReading;
import org.coveragebot.retrieval.claims.Attribution;
import org.coveragebot.retrieval.index.PassageIndex;
import org.coveragebot.retrieval.index.PassageHit;
import org.coveragebot.retrieval.question.AnswerType;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;
import org.coveragebot.retrieval.question.Subject;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Scores the sentences of retrieved passages as answers: how much of the question (idf-weighted) the
 * sentence itself says, how much its passage and title add, how close the passage is in meaning, and
 * whether the sentence states a value of the kind asked for (a sum for "how much", a name for "who")
 * that the question does not already contain.
 */
final class SentenceRanker {

    static final double LEXICAL_WEIGHT = 1.0;
    static final double CONTEXT_WEIGHT = 0.35;
    static final double SENTENCE_MEANING_WEIGHT = 0.8;
    static final double PASSAGE_MEANING_WEIGHT = 0.4;
    static final double TITLE_MEANING_WEIGHT = 0.4;
    static final double ANSWER_TYPE_WEIGHT = 0.25;
    static final double FUSION_WEIGHT = 0.15;
    /** News is written lede first: an article's opening sentences carry its main facts. */
    static final double LEAD_WEIGHT = 0.2;

    static final double RECENCY_WEIGHT = 0.15;
    static final double TIMELY_RECENCY_WEIGHT = 0.4;
    static final double RECENCY_HALF_LIFE_DAYS = 60;

    /** Words a question names its answer by ("location", "percentage"), analysed: no part of what it asks happened. */
    private final Set<String> answerWords;

    /** In a follow-up, the articles the last answer quoted stay a little ahead: the conversation is about them. */
    static final double CARRIED_WEIGHT = 0.15;

    /** What a word said in another form of its family counts, against the word itself. */
    static final double DERIVED_SHARE = 0.5;

    /** A sentence that asks a question (a subheading, a quoted question) rarely answers one. */
    static final double QUESTION_PENALTY = 0.4;

    private final PassageIndex index;
    private final QuestionReader reader;
    private final AnswerExtractor extractor;
    /** This article set's sentences and ledes as read for earlier questions. */
    private final Readings readings;

    SentenceRanker(PassageIndex index, QuestionReader reader, AnswerExtractor extractor) {
        this.index = index;
        this.reader = reader;
        this.extractor = extractor;
        this.readings = new Readings(reader);
        this.answerWords = Set.copyOf(reader.analyse("location place percentage percent share proportion number amount "
                + "total figure name title time date"));
    }

    List<RankedSentence> rank(Question question, List<PassageHit> hits, Set<String> carried) throws IOException {
        return rank(question, hits, carried, Integer.MAX_VALUE, 0);
    }


    /**
     * Every candidate sentence that speaks of the question's subject, best first; exact where it could be
     * among the best {@code exactTop} or within {@code exactShare} of the best.
     */
    List<RankedSentence> rank(Question question, List<PassageHit> hits, Set<String> carried, int exactTop,
                              double exactShare) throws IOException {
        return rank(question, hits, carried, exactTop, exactShare, Set.of());
    }

    /** As above, taking {@code linked} articles (the same story in other names) as speaking of the subject. */
    List<RankedSentence> rank(Question question, List<PassageHit> hits, Set<String> carried, int exactTop,
                              double exactShare, Set<String> linked) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        double total = 0;
        for (String term : question.terms()) {
            double idf = index.idf(term);
            weights.put(term, idf);
            total += idf;
        }
        Set<String> checked = subjectTerms(question);
        Set<String> named = notWhatHappened(question, checked);
        double predicateTotal = weights.entrySet().stream().filter(term -> !named.contains(term.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
        Map<String, Set<String>> synonyms = synonyms(question);
        double bestFused = hits.isEmpty() ? 1 : hits.get(0).fused();
        double recencyWeight = question.aboutNow() ? TIMELY_RECENCY_WEIGHT : RECENCY_WEIGHT;
        List<RankedSentence> ranked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SubjectCheck subject = new SubjectCheck(index, reader, readings, linked);
        Map<String, Set<String>> opposed = opposedEvents(question);
        for (PassageHit hit : hits) {
            double recency = recency(hit.article());
            double carriedOver = carried.contains(hit.article().id()) ? CARRIED_WEIGHT : 0;
            List<TextSpan> spans = hit.passage().sentences();
            // each sentence analysed once; the passage's terms are its sentences' terms
            List<SentenceReading> read = new ArrayList<>(spans.size());
            Set<String> context = new HashSet<>();
            for (TextSpan span : spans) {
                SentenceReading reading = readings.sentence(hit.article(), span);
                read.add(reading);
                context.addAll(reading.terms());
            }
            context.addAll(readings.title(hit.article()));
            // an article says its year by its date: "launched in 2024" is asked of 2024's reports
            hit.article().metadata().publishedDate().ifPresent(date -> context.add(String.valueOf(date.getYear())));
            for (int s = 0; s < spans.size(); s++) {
                TextSpan span = spans.get(s);
                if (!seen.add(hit.article().id() + ":" + span.start())) {
                    continue;
                }
                String sentence = read.get(s).text();
                Set<String> own = read.get(s).terms();
                Set<String> spoken = new HashSet<>(own);
                spoken.addAll(context);
                if (!subject.speaksOf(question, hit.article(), spoken, sentence) || saysTheOpposite(opposed, own)) {
                    continue;
                }
                double lexical = 0;
                double fromContext = 0;
                double predicate = 0;
                for (Map.Entry<String, Double> term : weights.entrySet()) {
                    Set<String> ways = synonyms.getOrDefault(term.getKey(), Set.of(term.getKey()));
                    double inSentence = 0;
                    if (ways.stream().anyMatch(own::contains)) {
                        inSentence = term.getValue();
                    } else if (ways.stream().anyMatch(context::contains) || checked.contains(term.getKey())) {
                        fromContext += term.getValue(); // the subject check found it in the passage, headline or lede
                    } else if (Derivation.meets(term.getKey(), own)) {
                        inSentence = DERIVED_SHARE * term.getValue(); // "producing" said as "production"
                    }
                    lexical += inSentence;
                    if (!named.contains(term.getKey())) {
                        predicate += inSentence;
                    }
                }
                predicate = predicateTotal == 0 ? 1 : predicate / predicateTotal;
                lexical = total == 0 ? 0 : lexical / total;
                fromContext = total == 0 ? 0 : fromContext / total;
                double asks = sentence.stripTrailing().matches("(?s).*\\?[\"'\u201d\u2019]?$") ? QUESTION_PENALTY : 0;
                double score = LEXICAL_WEIGHT * lexical + CONTEXT_WEIGHT * fromContext
                        + SENTENCE_MEANING_WEIGHT * hit.sentenceCosines()[s] + PASSAGE_MEANING_WEIGHT * hit.cosine()
                        + TITLE_MEANING_WEIGHT * hit.titleCosine()
                        + FUSION_WEIGHT * hit.fused() / bestFused + recencyWeight * recency + carriedOver - asks
                        + LEAD_WEIGHT * lead(hit.passage().ordinal(), s);
                ranked.add(new RankedSentence(hit.article(), span, lexical + fromContext, predicate, hit.sentenceCosines()[s], score,
                        s > 0 ? spans.get(s - 1) : null, null, 0));
            }
        }
        ranked.sort(Comparator.comparingDouble(RankedSentence::score).reversed());
        return withAnswerKind(question, ranked, exactTop, exactShare);
    }

    /**
     * For a question asking for a figure or a time, its words of an event that has an opposite, with the
     * opposite's words: what time bars "start" serving is not answered by when they must "stop" ("at 8 p.m."),
     * how much prices "rose" not by how much they "fell". A question asking who won is still answered by who
     * lost to whom, so only figures and times.
     */
    private Map<String, Set<String>> opposedEvents(Question question) {
        AnswerType type = question.answerType();
        if (!type.isNumeric() && type != AnswerType.DATE && type != AnswerType.TIME) {
            return Map.of();
        }
        Map<String, Set<String>> opposed = new HashMap<>();
        for (String term : question.terms()) {
            Set<String> contrary = reader.contrary(term);
            if (!contrary.isEmpty() && question.terms().stream().noneMatch(contrary::contains)) {
                opposed.put(term, contrary);
            }
        }
        return opposed;
    }

    /** Does the sentence speak of the opposite event and not of the one asked about? */
    private static boolean saysTheOpposite(Map<String, Set<String>> opposed, Set<String> own) {
        return opposed.entrySet().stream().anyMatch(event -> !own.contains(event.getKey())
                && event.getValue().stream().anyMatch(own::contains));
    }

    /**
     * The question's terms that are not what it says happened: its subject's names, its day, the figures it
     * states, and the words that name the answer ("which US state", "what percentage", "location").
     */
    private Set<String> notWhatHappened(Question question, Set<String> subjectTerms) {
        Set<String> terms = new HashSet<>(subjectTerms);
        question.subject().names().forEach(name -> terms.addAll(name.terms()));
        question.terms().stream().filter(term -> term.chars().anyMatch(Character::isDigit)).forEach(terms::add);
        terms.addAll(question.focus());
        terms.addAll(answerWords);
        return terms;
    }

    /** The terms of the names and the day the subject check has found for every candidate that remains. */
    private Set<String> subjectTerms(Question question) {
        Set<String> terms = new HashSet<>();
        for (Subject.Name name : question.subject().names()) {
            if (!name.optional()) {
                terms.addAll(name.terms());
            }
        }
        question.subject().day().ifPresent(day -> terms.addAll(reader.analyse(java.time.Month.of(day.month())
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + day.day()
                + (day.year() > 0 ? " " + day.year() : ""))));
        return terms;
    }

    /**
     * For a question term of a measure ("killed"), every word news uses for it ("dead", "died" …) says it too;
     * a place's people say their place ("French" says France).
     */
    private Map<String, Set<String>> synonyms(Question question) {
        Map<String, Set<String>> synonyms = new HashMap<>();
        for (Set<String> group : reader.measureGroups()) {
            for (String term : question.terms()) {
                if (group.contains(term)) {
                    synonyms.put(term, group);
                }
            }
        }
        for (String term : question.terms()) {
            Set<String> kin = reader.kin(term);
            if (kin.size() > 1) {
                synonyms.merge(term, kin, (group, more) -> {
                    Set<String> all = new HashSet<>(group);
                    all.addAll(more);
                    return all;
                });
            }
        }
        return synonyms;
    }

    /**
     * Adds the answer-kind bonus to scores ranked without it, best first. Finding the values a sentence
     * states is the costliest check, so it is skipped where the bonus could not lift a sentence among the
     * best {@code exactTop} nor within {@code exactShare} of the best score: what callers look at is
     * scored exactly, the rest keeps its score without the bonus.
     */
    private List<RankedSentence> withAnswerKind(Question question, List<RankedSentence> byBase, int exactTop,
                                                double exactShare) {
        List<RankedSentence> ranked = new ArrayList<>(byBase.size());
        PriorityQueue<Double> top = new PriorityQueue<>();
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < byBase.size(); i++) {
            RankedSentence candidate = byBase.get(i);
            double bound = candidate.score() + ANSWER_TYPE_WEIGHT;
            if (top.size() == exactTop && bound < top.peek() && best > 0 && bound < exactShare * best) {
                ranked.addAll(byBase.subList(i, byBase.size())); // all later ones score lower still
                break;
            }
            AnswerExtractor.Found found = extractor.find(question, readings.sentence(candidate.article(), candidate.span())).orElse(null);
            Value answer = found == null ? null : found.value();
            double score = candidate.score() + (question.asksWhoSaid()
                    ? (Attribution.speaker(candidate.article(), candidate.span()).isPresent() ? ANSWER_TYPE_WEIGHT : 0)
                    : answerKindBonus(question, found, candidate.text()));
            ranked.add(candidate.withScore(score, answer, found == null ? 0 : found.closeness()));
            best = Math.max(best, score);
            top.add(score);
            if (top.size() > exactTop) {
                top.poll();
            }
        }
        ranked.sort(Comparator.comparingDouble(RankedSentence::score).reversed());
        return ranked;
    }

    /**
     * 1 for the newest coverage, halving every {@link #RECENCY_HALF_LIFE_DAYS}; 0.5 when the date is
     * unknown. News readers want the latest reporting: an older article that says otherwise is
     * usually the superseded one.
     */
    private double recency(org.coveragebot.retrieval.ingest.Article article) {
        var newest = index.newest();
        var published = article.metadata().publishedDate();
        if (newest.isEmpty() || published.isEmpty()) {
            return 0.5;
        }
        long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(published.get(), newest.get()));
        return Math.pow(0.5, days / RECENCY_HALF_LIFE_DAYS);
    }

    /** 1 for an article's first sentence, less for the next two of its opening passage, 0 further on. */
    static double lead(int passage, int sentence) {
        if (passage > 0) {
            return 0;
        }
        return sentence == 0 ? 1 : sentence == 1 ? 0.6 : 0.3;
    }

    /**
     * The answer-kind bonus: whole for a sentence that gives a value of the kind asked for next to the
     * question's words, half for a looser time ("on Sunday", "late January") where a "when" question gets
     * no date.
     */
    private static double answerKindBonus(Question question, AnswerExtractor.Found answer, String sentence) {
        if (answer != null) {
            // a value right next to the question's words is likelier the answer than one a clause away
            double weight = ANSWER_TYPE_WEIGHT * (0.5 + 0.5 * answer.closeness());
            return question.answerType() == AnswerType.DATE && Double.isNaN(answer.value().number()) ? weight / 2 : weight;
        }
        return question.answerType() == AnswerType.DATE && saysWhen(question, sentence) ? ANSWER_TYPE_WEIGHT / 2 : 0;
    }

    /** Does the sentence say when, in any way news does, other than with the question's own words ("in 2023")? */
    static boolean saysWhen(Question question, String sentence) {
        return ValueExtractor.times(sentence).stream()
                .anyMatch(time -> !question.askedWords().containsAll(QuestionReader.surfaceWords(time)));
    }
}
