package org.coveragebot.retrieval.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.facts.ValueExtractor;
import org.coveragebot.retrieval.facts.ValueKind;
import org.coveragebot.retrieval.index.PassageIndex;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.question.Question;
import org.coveragebot.retrieval.question.QuestionReader;

/**
 * Reports of one story that never name what the question names: a follow-up about "the shooting at 400
 * Pecan Ave." that says "northeast Harris County" where the first report said "Crosby", or "Okaloosa
 * County" for Fort Walton Beach. The articles found about the asked day and place name other things too
 * (the street, the victim, the bar); an article of the same days that shares such a rare name is the same
 * story. Only for questions about a day, and only articles published around it: the day keeps holding
 * them to the incident.
 */
final class StoryLinks {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StoryLinks.class);

    /** A name in more articles than this is no one story's own ("Police", "Chicago"). */
    static final int MOST_ARTICLES = 10;
    /** The best-ranked articles whose names are followed. */
    static final int ANCHORS = 3;

    /** Passages holding a word beyond which its articles are not looked up: it is said too widely. */
    static final int MOST_PASSAGES = 20 * MOST_ARTICLES;
    /** Stands for the articles of a word said too widely to count them. */
    private static final Set<String> WIDE = java.util.stream.IntStream.rangeClosed(0, MOST_ARTICLES)
            .mapToObj(String::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            org.coveragebot.retrieval.facts.CalendarWords.MONTH_OR_WEEKDAY + "(?:\\s.*)?");

    private final PassageIndex index;
    private final QuestionReader reader;

    StoryLinks(PassageIndex index, QuestionReader reader) {
        this.index = index;
        this.reader = reader;
    }

    /** Articles among {@code timely} that share a rare name with the best of {@code ranked}, those not included. */
    Set<String> linked(Question question, List<RankedSentence> ranked, Set<String> timely) throws IOException {
        if (question.subject().day().isEmpty() || timely.isEmpty()) {
            return Set.of();
        }
        Set<String> anchors = new LinkedHashSet<>();
        for (RankedSentence sentence : ranked) {
            if (anchors.size() == ANCHORS) {
                break;
            }
            anchors.add(sentence.article().id());
        }
        Set<String> asked = new HashSet<>(question.terms());
        // in a small coverage every name is in few articles: a story's own is in at most a twentieth of them
        int mostArticles = Math.min(MOST_ARTICLES, Math.max(2, index.articles().size() / 20));
        Set<String> followed = new HashSet<>();
        java.util.Map<String, Set<String>> known = new java.util.HashMap<>();
        Set<String> linked = new HashSet<>();
        for (String id : anchors) {
            Article article = index.articles().get(id);
            for (Value name : ValueExtractor.extract(article.text())) {
                if (name.kind() != ValueKind.NAME || CALENDAR.matcher(name.text()).matches()) {
                    continue; // "Thursday" is every story's
                }
                // a name by its most telling word: "Santa Barbara" and "Santa Ana" share no story
                String telling = null;
                Set<String> saying = Set.of();
                for (String term : reader.analyse(name.text())) {
                    Set<String> articles = index.passagesSaying(term) > MOST_PASSAGES ? WIDE
                            : known.computeIfAbsent(term, this::articlesSaying);
                    if (telling == null || articles.size() < saying.size()) {
                        telling = term;
                        saying = articles;
                    }
                }
                if (telling == null || asked.contains(telling) || !followed.add(telling)
                        || saying.size() < 2 || saying.size() > mostArticles) {
                    continue;
                }
                for (String other : saying) {
                    if (timely.contains(other) && !anchors.contains(other) && linked.add(other)) {
                        log.debug("{} linked to {} by '{}'", other, id, telling);
                    }
                }
            }
        }
        linked.removeAll(anchors);
        return linked;
    }

    private Set<String> articlesSaying(String term) {
        try {
            return index.articlesSaying(term);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
