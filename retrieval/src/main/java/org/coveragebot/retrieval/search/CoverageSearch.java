package org.coveragebot.retrieval.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coveragebot.retrieval.claims.AnswerExtractor;
import org.coveragebot.retrieval.claims.Attribution;
import org.coveragebot.retrieval.facts.Dispute;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.index.CoverageAnalyzer;
import org.coveragebot.retrieval.index.PassageIndex;
import org.coveragebot.retrieval.index.PassageHit;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;
import org.coveragebot.retrieval.question.Subject;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Answers a question from one index snapshot, stage by stage, each handing the next a value: read the
 * question (its kind and subject); retrieve passages; rank their sentences, keeping those that speak of the
 * subject, each with the answer value it gives; decide whether the coverage answers at all; pick quotes
 * from several articles; find where the sources disagree; shape the quotes; name who says each.
 */
public final class CoverageSearch {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CoverageSearch.class);

    /** Passages retrieved per question before sentence ranking. */
    static final int PASSAGES = 24;

    private final PassageIndex index;
    private final QuestionReader reader;
    private final SentenceRanker ranker;
    private final QuoteTrimming trimming;
    private final StoryLinks links;

    public CoverageSearch(PassageIndex index) {
        this.index = index;
        this.reader = new QuestionReader(new CoverageAnalyzer());
        this.ranker = new SentenceRanker(index, reader, new AnswerExtractor(reader));
        this.trimming = new QuoteTrimming(reader);
        this.links = new StoryLinks(index, reader);
    }

    public Findings find(String questionText) throws IOException {
        return find(questionText, Set.of());
    }

    /** Answers with {@code carried} articles (quoted earlier in the conversation) as extra, favoured candidates. */
    public Findings find(String questionText, Set<String> carried) throws IOException {
        Question question = reader.read(questionText);
        float[] vector = index.embed(questionText);
        Set<String> timely = timely(question);
        List<PassageHit> hits = current(question, index.search(question.terms(), vector, PASSAGES, carried, timely));
        // what is looked at below: the quotes' pool (within the floor of the best) and the dispute candidates
        List<RankedSentence> ranked = ranker.rank(question, hits, carried, Disagreements.CANDIDATES,
                QuoteSelection.RELATIVE_FLOOR);
        Set<String> linked = links.linked(question, ranked, timely);
        if (!linked.isEmpty()) {
            List<PassageHit> more = new ArrayList<>(hits);
            Set<String> known = new HashSet<>();
            hits.forEach(hit -> known.add(hit.article().id() + "#" + hit.passage().ordinal()));
            for (PassageHit hit : index.search(question.terms(), vector, PASSAGES, Set.of(), linked)) {
                if (linked.contains(hit.article().id()) && known.add(hit.article().id() + "#" + hit.passage().ordinal())) {
                    more.add(hit);
                }
            }
            ranked = ranker.rank(question, current(question, more), carried, Disagreements.CANDIDATES,
                    QuoteSelection.RELATIVE_FLOOR, linked);
        }
        debug(question, ranked);
        if (!AnswerGate.answers(question, ranked)) {
            return Findings.nothing(question);
        }
        Disagreements.Found found = Disagreements.find(question, ranked, QuoteSelection.select(question, ranked));
        List<Dispute> disputes = inArticle(found.disputes(), found.quotes());
        List<RankedSentence> shaped = trimming.trim(found.quotes(), question, disputes);
        return assembled(question, shaped, disputes, QuoteSelection.overBudget(shaped, disputes));
    }

    /** Days before the asked day and after it whose reports a question about that day looks at first. */
    static final int DAYS_BEFORE = 1;
    static final int DAYS_AFTER = SubjectCheck.WEEKDAY_DAYS;
    /** ... and the reports of the next two months that say they are about it. */
    static final int LATER_DAYS = SubjectCheck.LATER_DAYS;

    /**
     * How far before the newest report a report may be and still tell the present: a question about "this
     * week", "the latest" figures or what happened "recently" is not answered from coverage half a year older
     * than the newest (last winter's storm, the 2021 vaccination rate).
     */
    static final int PRESENT_DAYS = 180;

    /**
     * For a question about the present, the passages of reports of the present (and of those without a
     * date), left out before ranking so that an old report's sentence sets no bar for the others.
     */
    private List<PassageHit> current(Question question, List<PassageHit> hits) {
        Optional<LocalDate> newest = index.newest();
        if (!question.aboutNow() || newest.isEmpty()) {
            return hits;
        }
        LocalDate oldest = newest.get().minusDays(PRESENT_DAYS);
        return hits.stream().filter(hit -> hit.article().metadata().publishedDate()
                .map(published -> !published.isBefore(oldest)).orElse(true)).toList();
    }

    /** The articles published around the day the question asks about (none when it asks about no day). */
    private Set<String> timely(Question question) {
        Optional<Subject.AskedDay> asked = question.subject().day().filter(day -> day.year() > 0);
        if (asked.isEmpty()) {
            return Set.of();
        }
        LocalDate day = LocalDate.of(asked.get().year(), asked.get().month(), 1)
                .plusDays(asked.get().day() - 1L);
        Set<String> timely = new HashSet<>();
        for (Article article : index.articles().values()) {
            Optional<LocalDate> published = article.metadata().publishedDate();
            if (published.isEmpty() || published.get().isBefore(day.minusDays(DAYS_BEFORE))) {
                continue;
            }
            if (!published.get().isAfter(day.plusDays(DAYS_AFTER))
                    // a later report that places the day itself: "a gun battle earlier this month"
                    || !published.get().isAfter(day.plusDays(LATER_DAYS)) && SubjectCheck.reports(article, asked.get())) {
                timely.add(article.id());
            }
        }
        return timely;
    }

    /** The texts of the best {@code k} passages for a question, as retrieval ranks them before sentences are scored. */
    public List<String> passages(String questionText, int k) throws IOException {
        Question question = reader.read(questionText);
        return index.search(question.terms(), index.embed(questionText), k).stream().limit(k)
                .map(hit -> hit.passage().span().of(hit.article().text())).toList();
    }

    /** The disputes with their values' offsets moved from their sentences into the articles. */
    private static List<Dispute> inArticle(List<Dispute> disputes, List<RankedSentence> quotes) {
        List<Dispute> moved = new ArrayList<>();
        for (Dispute dispute : disputes) {
            moved.add(new Dispute(dispute.kind(), dispute.topic(), dispute.sides().stream()
                    .map(side -> new Dispute.Side(side.statement(),
                            side.value().shifted(quotes.get(side.statement()).span().start()))).toList()));
        }
        return moved;
    }

    /**
     * The final quotes: those over the budget are left out, one that another quote of the same article
     * already holds is dropped (its disputes point to the one holding it), and each gets its speaker.
     */
    private Findings assembled(Question question, List<RankedSentence> shaped, List<Dispute> disputes,
                               Set<Integer> overBudget) {
        int[] renumber = new int[shaped.size()];
        List<RankedSentence> kept = new ArrayList<>();
        for (int i = 0; i < shaped.size(); i++) {
            RankedSentence quote = shaped.get(i);
            if (overBudget.contains(i)) {
                renumber[i] = 0; // no dispute points to it
                continue;
            }
            int holder = -1;
            for (int k = 0; k < shaped.size() && holder < 0; k++) {
                RankedSentence other = shaped.get(k);
                boolean holds = k != i && !overBudget.contains(k) && other.article().id().equals(quote.article().id())
                        && other.span().contains(quote.span()) && (!other.span().equals(quote.span()) || k < i);
                holder = holds ? k : -1;
            }
            renumber[i] = holder < 0 ? kept.size() : -1 - holder;
            if (holder < 0) {
                kept.add(quote);
            }
        }
        for (int i = 0; i < renumber.length; i++) {
            if (renumber[i] < 0) {
                renumber[i] = renumber[-1 - renumber[i]];
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (RankedSentence sentence : kept) {
            TextSpan focus = focus(question, sentence, disputes, shaped);
            log.debug("Speaker of {} judged by {}", sentence.span(), focus.of(sentence.article().text()));
            quotes.add(new Quote(sentence.article(), sentence.span(), sentence.previous(), sentence.score(),
                    Attribution.speaker(sentence.article(), sentence.span(), focus), sentence.answerInArticle()));
        }
        List<Dispute> renumbered = disputes.stream().map(dispute -> dispute.renumbered(renumber)).toList();
        return new Findings(question, quotes, renumbered);
    }

    /**
     * The part of a quote that answers: the value a dispute or the answer names, else the stretch that
     * holds the question's words. Its speaker is the quote's speaker.
     */
    private TextSpan focus(Question question, RankedSentence sentence, List<Dispute> disputes, List<RankedSentence> all) {
        int index = all.indexOf(sentence);
        for (Dispute dispute : disputes) {
            for (Dispute.Side side : dispute.sides()) {
                Value value = side.value();
                if (side.statement() == index && sentence.span().contains(new TextSpan(value.start(), value.end()))) {
                    return new TextSpan(value.start(), value.end());
                }
            }
        }
        Optional<Value> answer = sentence.answerInArticle();
        if (answer.isPresent()) {
            return new TextSpan(answer.get().start(), answer.get().end());
        }
        int first = -1;
        int last = -1;
        for (QuestionReader.Token token : reader.tokens(sentence.text())) {
            if (question.terms().contains(token.term())) {
                first = first < 0 ? token.start() : first;
                last = token.end();
            }
        }
        return first < 0 ? sentence.span()
                : new TextSpan(sentence.span().start() + first, sentence.span().start() + last);
    }

    private static void debug(Question question, List<RankedSentence> ranked) {
        if (log.isDebugEnabled()) {
            log.debug("Question terms {} type {} subject {}", question.terms(), question.answerType(), question.subject());
            for (RankedSentence sentence : ranked.subList(0, Math.min(Integer.getInteger("coverage.debug.sentences", 8), ranked.size()))) {
                log.debug("  {} cov={} pred={} mean={} answer={} {} | {}", String.format("%.3f", sentence.score()),
                        String.format("%.2f", sentence.coverage()), String.format("%.2f", sentence.predicate()),
                        String.format("%.2f", sentence.meaning()),
                        sentence.answer() == null ? "-" : sentence.answer().text(), sentence.article().id(), sentence.text());
            }
        }
    }
}
