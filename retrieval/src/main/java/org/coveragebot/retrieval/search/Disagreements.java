package org.coveragebot.retrieval.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coveragebot.retrieval.facts.AnswerGroups;
import org.coveragebot.retrieval.facts.Conflict;
import org.coveragebot.retrieval.facts.ConflictFinder;
import org.coveragebot.retrieval.facts.Dispute;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueKind;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;
import org.coveragebot.retrieval.question.TopicPhrase;

/**
 * Where the sources disagree, found by what each answers, not by how it is worded: each article's best
 * leading sentence that gives an answer value and says what the question says happened is its answer;
 * different answers are a dispute (a conflict, or an update in date order). Sentences saying the same
 * thing with a different value in the same slot (word alignment) are a second signal, for questions whose
 * answer is no single value. Both sides of a dispute are quoted.
 */
final class Disagreements {

    /** Candidates (by rank) looked at for answers and disagreements. */
    static final int CANDIDATES = 30;
    /** A side must score at least this share of the best sentence. */
    static final double FLOOR = 0.6;
    static final int MAX_DISPUTES = 2;


    /** The quotes with both sides of every dispute among them, and the disputes, indexing into those quotes. */
    record Found(List<RankedSentence> quotes, List<Dispute> disputes) {
    }

    private Disagreements() {
    }

    static Found find(Question question, List<RankedSentence> ranked, List<RankedSentence> quotes) {
        double floor = ranked.get(0).score() * FLOOR;
        List<RankedSentence> candidates = new ArrayList<>(quotes);
        for (RankedSentence sentence : ranked.subList(0, Math.min(ranked.size(), CANDIDATES))) {
            if (sentence.score() >= floor && !candidates.contains(sentence)) {
                candidates.add(sentence);
            }
        }
        String topic = TopicPhrase.of(question.text());
        List<Dispute> found = new ArrayList<>();
        List<Dispute> alignments = byAlignment(question, candidates, quotes.size(), topic);
        byAnswer(candidates, topic).map(dispute -> joined(dispute, alignments, candidates, topic)).ifPresent(found::add);
        for (Dispute aligned : alignments) {
            if (found.size() < MAX_DISPUTES && found.stream().noneMatch(dispute -> overlapping(dispute, aligned, candidates))) {
                found.add(aligned);
            }
        }
        if (found.isEmpty()) {
            return new Found(quotes, List.of());
        }
        List<RankedSentence> sides = new ArrayList<>();
        for (Dispute dispute : found) {
            for (Dispute.Side side : dispute.sides()) {
                if (!sides.contains(candidates.get(side.statement()))) {
                    sides.add(candidates.get(side.statement()));
                }
            }
        }
        List<RankedSentence> merged = QuoteSelection.withSides(quotes, sides, question);
        int[] renumber = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            renumber[i] = merged.indexOf(candidates.get(i));
        }
        return new Found(merged, found.stream().map(dispute -> dispute.renumbered(renumber)).toList());
    }

    /**
     * Each article's best candidate that gives an answer value; different values are a dispute.
     */
    private static Optional<Dispute> byAnswer(List<RankedSentence> candidates, String topic) {
        List<AnswerGroups.Answer> answers = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        List<RankedSentence> byRank = new ArrayList<>(candidates);
        byRank.sort(java.util.Comparator.comparingDouble(RankedSentence::score).reversed());
        for (RankedSentence sentence : byRank) {
            // names found without knowing what they name are too loose to hold sources against each other by;
            // sums, counts, shares, durations and dates are not, where the sentence says what the question says
            // happened ("Season 26 ends on August 21" gives no release date)
            if (sentence.answer() != null && sentence.answer().kind() != ValueKind.NAME
                    && sentence.predicate() >= AnswerGate.MIN_PREDICATE && articles.add(sentence.article().id())) {
                answers.add(new AnswerGroups.Answer(candidates.indexOf(sentence), sentence.article().id(), sentence.answer(),
                        sentence.text(), sentence.article().metadata().publishedDate()));
            }
        }
        return AnswerGroups.dispute(answers, topic, answer -> strength(candidates.get(answer.statement()), byRank.get(0)));
    }

    /**
     * The dispute by answer with the sides of every aligned dispute it shares a statement with: a sentence
     * that another source prints with another value is a rival answer, however weakly it ranks.
     */
    private static Dispute joined(Dispute byAnswer, List<Dispute> alignments, List<RankedSentence> candidates, String topic) {
        List<Dispute.Side> sides = new ArrayList<>(byAnswer.sides());
        boolean grown = false;
        for (Dispute aligned : alignments) {
            if (overlapping(byAnswer, aligned, candidates)) {
                for (Dispute.Side side : aligned.sides()) {
                    if (sides.stream().noneMatch(known -> known.statement() == side.statement())) {
                        sides.add(side);
                        grown = true;
                    }
                }
            }
        }
        if (!grown) {
            return byAnswer;
        }
        List<AnswerGroups.Answer> answers = sides.stream().map(side -> {
            RankedSentence sentence = candidates.get(side.statement());
            return new AnswerGroups.Answer(side.statement(), sentence.article().id(), side.value(), sentence.text(),
                    sentence.article().metadata().publishedDate());
        }).toList();
        return AnswerGroups.dispute(answers, topic, answer -> 1).orElse(byAnswer);
    }

    /** How strongly a sentence answers, against the best candidate: its score, and how near its value stands to the words. */
    private static double strength(RankedSentence sentence, RankedSentence best) {
        return best.score() <= 0 ? 1 : sentence.score() * (0.5 + 0.5 * sentence.closeness()) / best.score();
    }

    /**
     * Statements that say the same thing with a different value in one slot, about what was asked: a
     * value of the kind the question wants, or, for open questions, between sentences quoted on their own.
     */
    private static List<Dispute> byAlignment(Question question, List<RankedSentence> candidates, int quoted, String topic) {
        List<String> texts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (RankedSentence candidate : candidates) {
            texts.add(candidate.text());
            sources.add(candidate.article().id());
        }
        List<Dispute> disputes = new ArrayList<>();
        Set<String> valuePairs = new HashSet<>();
        for (Conflict conflict : ConflictFinder.find(texts, sources)) {
            if (echoed(question, conflict.firstValue()) || echoed(question, conflict.secondValue())
                    || !relevant(question, conflict, quoted)) {
                continue;
            }
            RankedSentence first = candidates.get(conflict.first());
            RankedSentence second = candidates.get(conflict.second());
            List<AnswerGroups.Answer> pair = List.of(
                    new AnswerGroups.Answer(conflict.first(), first.article().id(), conflict.firstValue(), first.text(),
                            first.article().metadata().publishedDate()),
                    new AnswerGroups.Answer(conflict.second(), second.article().id(), conflict.secondValue(), second.text(),
                            second.article().metadata().publishedDate()));
            Optional<Dispute> dispute = AnswerGroups.dispute(pair, topic, answer -> 1);
            if (dispute.isPresent() && valuePairs.add(conflict.firstValue().text() + "\u0000" + conflict.secondValue().text())) {
                disputes.add(dispute.get());
            }
        }
        disputes.sort(java.util.Comparator.comparingInt((Dispute d) -> asked(question, d) ? 0 : 1)
                .thenComparingInt(d -> d.sides().stream().mapToInt(Dispute.Side::statement).max().orElse(0)));
        return disputes;
    }

    /** Two disputes over the same statements or the same values: report one. */
    private static boolean overlapping(Dispute a, Dispute b, List<RankedSentence> candidates) {
        for (Dispute.Side x : a.sides()) {
            for (Dispute.Side y : b.sides()) {
                if (x.statement() == y.statement() || x.value().text().equals(y.value().text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A value the question itself states is not what it asks about. */
    private static boolean echoed(Question question, Value value) {
        return question.askedWords().containsAll(QuestionReader.surfaceWords(value.text()));
    }

    /**
     * A typed question disputes only values of its kind. An open one ("what did he say") only figures and
     * dates between sentences quoted on their own: two outlets' sentences differ in names all the time
     * (datelines, who is quoted), and that is no disagreement about what was asked.
     */
    private static boolean relevant(Question question, Conflict conflict, int quoted) {
        if (question.answerType().valueKind() != null) {
            return question.answerType().valueKind() == conflict.firstValue().kind();
        }
        return conflict.first() < quoted && conflict.second() < quoted && conflict.firstValue().kind() != ValueKind.NAME;
    }

    private static boolean asked(Question question, Dispute dispute) {
        return question.answerType().valueKind() == dispute.sides().get(0).value().kind();
    }
}
