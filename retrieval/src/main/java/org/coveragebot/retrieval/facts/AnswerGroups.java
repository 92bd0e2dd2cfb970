package org.coveragebot.retrieval.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Groups the answers sources give to one question and tells whether they disagree: equal answers (the same
 * figure hedged, rounded or in other units; one name spelled two ways; the same toll with its scope stated,
 * "including the gunman") form one group; two or more groups are a dispute. Groups whose reports follow one
 * another in time are an update, later figures revising earlier ones; otherwise a conflict. Reports
 * published months apart are about different moments of a story and are not held against each other.
 */
public final class AnswerGroups {

    /** Reports further apart than this are not held against each other. */
    public static final int MAX_DAYS_APART = 90;
    /** Strength (share of the best answer's score) a third or later side needs. */
    static final double THIRD_SIDE_STRENGTH = 0.9;
    private static final Pattern SCOPE = Pattern.compile("(?i)\\b(?:including|counting|plus|and|besides)\\s+(?:the\\s+)?"
            + "(?:suspected\\s+|alleged\\s+)?(?:gunman|shooter|suspect|attacker|assailant|perpetrator|killer|bomber)\\b");

    private AnswerGroups() {
    }

    /** One source's answer: statement {@code statement} of article {@code article} gives {@code value}. */
    public record Answer(int statement, String article, Value value, String sentence, Optional<LocalDate> published) {
    }

    /**
     * The dispute among {@code answers} (best first, at most one per article), if they disagree.
     *
     * @param topic the question as a clause, for the note
     */
    public static Optional<Dispute> dispute(List<Answer> answers, String topic) {
        return dispute(answers, topic, answer -> 1);
    }

    /**
     * As {@link #dispute(List, String)}: the two strongest groups are the sides ({@code strength} of a group's
     * best answer), and a further group only when it is nearly as strong as the strongest: a third figure from
     * a side story is no rival answer.
     */
    public static Optional<Dispute> dispute(List<Answer> answers, String topic, ToDoubleFunction<Answer> strength) {
        List<List<Answer>> groups = new ArrayList<>();
        for (Answer answer : answers) {
            List<Answer> home = null;
            for (List<Answer> group : groups) {
                if (group.stream().allMatch(member -> agree(member, answer))) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(answer);
        }
        if (groups.size() < 2) {
            return Optional.empty();
        }
        List<Answer> representatives = new ArrayList<>();
        groups.forEach(group -> representatives.add(group.get(0)));
        representatives.sort(Comparator.comparingDouble(strength).reversed());
        double strongest = strength.applyAsDouble(representatives.get(0));
        List<Answer> sides = new ArrayList<>();
        for (Answer representative : representatives) {
            boolean strong = sides.size() < 2 || strength.applyAsDouble(representative) >= THIRD_SIDE_STRENGTH * strongest;
            if (strong && sides.stream().noneMatch(side -> monthsApart(side, representative))) {
                sides.add(representative);
            }
        }
        if (sides.size() < 2) {
            return Optional.empty();
        }
        Dispute.Kind kind = Dispute.Kind.CONFLICT;
        if (successive(groups, sides)) {
            List<Answer> inTime = new ArrayList<>(sides);
            inTime.sort(Comparator.comparing(side -> side.published().orElseThrow()));
            if (rising(inTime)) {
                kind = Dispute.Kind.UPDATE;
                sides = inTime;
            }
        }
        return Optional.of(new Dispute(kind, topic, sides.stream()
                .map(side -> new Dispute.Side(side.statement(), side.value())).toList()));
    }

    /**
     * Figures that grow from report to report (a victim died, more were found): an update. A later report
     * with a smaller figure contradicts the earlier one rather than revising it.
     */
    private static boolean rising(List<Answer> inTime) {
        for (int i = 1; i < inTime.size(); i++) {
            double before = inTime.get(i - 1).value().number();
            double after = inTime.get(i).value().number();
            if (!Double.isNaN(before) && !Double.isNaN(after) && after < before) {
                return false;
            }
        }
        return true;
    }

    /** Two answers that say the same: equal values, or a toll that differs by the attacker its scope names. */
    static boolean agree(Answer a, Answer b) {
        if (!ConflictFinder.disagree(a.value(), b.value())) {
            return true;
        }
        boolean counts = a.value().kind() == ValueKind.NUMBER && !Double.isNaN(a.value().number())
                && !Double.isNaN(b.value().number());
        return counts && Math.abs(a.value().number() - b.value().number()) == 1
                && (SCOPE.matcher(a.sentence()).find() || SCOPE.matcher(b.sentence()).find());
    }

    /**
     * An update: every group's reports are dated, and each group's reports all come after the earlier
     * group's, so that the figures follow one another in time.
     */
    private static boolean successive(List<List<Answer>> groups, List<Answer> sides) {
        Set<List<Answer>> involved = new HashSet<>();
        for (Answer side : sides) {
            for (List<Answer> group : groups) {
                if (group.contains(side)) {
                    involved.add(group);
                }
            }
        }
        List<LocalDate[]> spans = new ArrayList<>();
        for (List<Answer> group : involved) {
            LocalDate first = null;
            LocalDate last = null;
            for (Answer answer : group) {
                if (answer.published().isEmpty()) {
                    return false;
                }
                LocalDate date = answer.published().get();
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
            spans.add(new LocalDate[] {first, last});
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        for (int i = 1; i < spans.size(); i++) {
            if (!spans.get(i)[0].isAfter(spans.get(i - 1)[1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean monthsApart(Answer a, Answer b) {
        return a.published().isPresent() && b.published().isPresent()
                && Math.abs(ChronoUnit.DAYS.between(a.published().get(), b.published().get())) > MAX_DAYS_APART;
    }
}
