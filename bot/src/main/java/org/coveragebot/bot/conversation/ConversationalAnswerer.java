package org.coveragebot.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.Ask;
import org.coveragebot.bot.answer.Statement;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.answer.QuestionGuard;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.SentenceSplitter;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Answers follow-ups as well as first questions: resolves each message against the conversation's
 * last turns ({@link FollowUpResolver}), answers meta follow-ups from the last answer's citations, and
 * searches everything else through the wrapped answerer. Identical for Telegram and {@code ask --json}.
 */
public final class ConversationalAnswerer implements ChatAnswerer {

    static final int MAX_CONTEXT_CHARS = 700;
    /** "Which outlet said that?": the detail points back at the whole last answer. */
    private static final java.util.regex.Pattern POINTING = java.util.regex.Pattern.compile(
            "(?i)(that|this|it|so|those|these|the same)");

    private final Answerer answerer;
    private final Coverage coverage;
    private final ConversationStore memory;
    private final FollowUpResolver resolver = new FollowUpResolver();
    private final Optional<QuestionRewriter> rewriter;

    public ConversationalAnswerer(Answerer answerer, Coverage coverage, ConversationStore memory) {
        this(answerer, coverage, memory, Optional.empty());
    }

    /** @param rewriter an LLM rewriter, checked against the offline resolution before it is trusted */
    public ConversationalAnswerer(Answerer answerer, Coverage coverage, ConversationStore memory,
                                  Optional<QuestionRewriter> rewriter) {
        this.answerer = answerer;
        this.coverage = coverage;
        this.memory = memory;
        this.rewriter = rewriter;
    }

    @Override
    public Answer answer(String conversation, String message) {
        String cleaned = QuestionGuard.clean(message);
        if (QuestionGuard.problem(cleaned).isPresent()) {
            return answerer.answer(Ask.of(message));
        }
        List<Turn> history = memory.turns(conversation);
        FollowUp followUp = rewritten(history, cleaned, resolver.resolve(history, cleaned));
        Answer answer = switch (followUp.kind()) {
            case STANDALONE -> answerer.answer(new Ask(cleaned, followUp.query(), java.util.Set.of()));
            case CONTEXTUAL -> answerer.answer(new Ask(cleaned, followUp.query(), quotedArticles(last(history))));
            case WHICH_SOURCE -> whichSource(history, followUp, cleaned);
            case OTHER_SOURCE -> otherSources(history).orElseGet(() -> answerer.answer(Ask.of(cleaned)));
            case MORE -> more(history).orElseGet(() -> answerer.answer(Ask.of(cleaned)));
        };
        if (answer.status() == AnswerStatus.ANSWERED) {
            memory.add(conversation, new Turn(cleaned, followUp.kind() == FollowUp.Kind.CONTEXTUAL
                    || followUp.kind() == FollowUp.Kind.STANDALONE ? followUp.query() : last(history).resolved(), answer));
        }
        return answer;
    }

    /** With an LLM, a contextual follow-up is asked in the LLM's stand-alone words, when they agree. */
    private FollowUp rewritten(List<Turn> history, String asked, FollowUp offline) {
        if (offline.kind() != FollowUp.Kind.CONTEXTUAL || rewriter.isEmpty()) {
            return offline;
        }
        return rewriter.get().rewrite(history, asked)
                .filter(rewrite -> agrees(rewrite, offline.query(), asked))
                .map(rewrite -> new FollowUp(FollowUp.Kind.CONTEXTUAL, rewrite, ""))
                .orElse(offline);
    }

    /**
     * An LLM rewrite is trusted when it keeps most of what the offline resolver brought in from the
     * conversation (the topic words and the person a pronoun points to); otherwise it drifted.
     */
    static boolean agrees(String rewritten, String offline, String asked) {
        java.util.Set<String> added = words(offline);
        added.removeAll(words(asked));
        if (added.isEmpty()) {
            return true;
        }
        java.util.Set<String> kept = words(rewritten);
        kept.retainAll(added);
        return kept.size() * 2 >= added.size();
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 3) {
                words.add(word.length() > 5 ? word.substring(0, 5) : word); // a crude stem: "announce" ~ "announced"
            }
        }
        return words;
    }

    @Override
    public void forget(String conversation) {
        memory.forget(conversation);
    }

    @Override
    public Optional<Answer> lastAnswer(String conversation) {
        List<Turn> turns = memory.turns(conversation);
        return turns.isEmpty() ? Optional.empty() : Optional.of(last(turns).answer());
    }

    private static java.util.Set<String> quotedArticles(Turn turn) {
        java.util.Set<String> articles = new java.util.HashSet<>();
        turn.answer().citations().forEach(citation -> articles.add(citation.article()));
        return articles;
    }

    private static Turn last(List<Turn> history) {
        return history.get(history.size() - 1);
    }

    /**
     * "Which outlet said 357?": the cited quotes of the last answer that contain it. "Which outlet said
     * that?": the outlets of the last answer, named with what each said, without repeating the quotes.
     */
    private Answer whichSource(List<Turn> history, FollowUp followUp, String typed) {
        Answer previous = last(history).answer();
        if (POINTING.matcher(followUp.detail()).matches()) {
            return named(previous);
        }
        String wanted = normalise(followUp.detail());
        List<Citation> matching = new ArrayList<>();
        for (Citation citation : previous.citations()) {
            if (!wanted.isEmpty() && normalise(citation.quote()).contains(wanted)) {
                matching.add(citation);
            }
        }
        if (matching.isEmpty()) {
            return answerer.answer(new Ask(typed, followUp.detail() + " " + last(history).resolved(), java.util.Set.of()));
        }
        return quoting(matching, "That is what " + outlets(matching) + " reported:");
    }

    /** "That was reported by The Hill ($357 million) [1] and AP ($375 million) [2]." */
    private static Answer named(Answer previous) {
        List<Statement.Part> parts = new ArrayList<>();
        parts.add(new Statement.Words("That was reported by "));
        List<Citation> renumbered = new ArrayList<>();
        for (Citation citation : previous.citations()) {
            Citation cited = citation.renumbered(renumbered.size() + 1);
            if (!renumbered.isEmpty()) {
                parts.add(new Statement.Words(renumbered.size() + 1 == previous.citations().size() ? " and " : ", "));
            }
            renumbered.add(cited);
            String value = claimedValue(previous, citation.id());
            parts.add(new Statement.Words(cited.outlet() + (value == null ? "" : " (" + value + ")") + " "));
            parts.add(new Statement.Reference(cited.id()));
        }
        parts.add(new Statement.Words("."));
        return new Answer(AnswerStatus.ANSWERED, "", List.of(new Statement(parts)), renumbered, List.of(), null);
    }

    /** What citation {@code id} claims in a disagreement of the answer, if it is a side of one. */
    private static String claimedValue(Answer answer, int id) {
        for (var disagreement : answer.disagreements()) {
            for (var claim : disagreement.claims()) {
                if (claim.citation() == id) {
                    return claim.value();
                }
            }
        }
        return null;
    }

    /** "And the other one?": the sources of the last real answer not quoted in the last reply. */
    private Optional<Answer> otherSources(List<Turn> history) {
        if (history.size() < 2) {
            return Optional.empty();
        }
        Answer shown = last(history).answer();
        Answer full = history.get(history.size() - 2).answer();
        List<String> shownArticles = shown.citations().stream().map(Citation::article).toList();
        List<Citation> others = full.citations().stream().filter(c -> !shownArticles.contains(c.article())).toList();
        return others.isEmpty() ? Optional.empty() : Optional.of(quoting(others, "The other source" + (others.size() > 1 ? "s" : "")
                + ", " + outlets(others) + ":"));
    }

    /** "Tell me more": the sentences around the last answer's first quote, from the same article. */
    private Optional<Answer> more(List<Turn> history) {
        List<Citation> citations = last(history).answer().citations();
        if (citations.isEmpty()) {
            return Optional.empty();
        }
        Citation first = citations.get(0);
        Optional<Article> article = coverage.article(first.article());
        if (article.isEmpty()) {
            return Optional.empty();
        }
        String text = article.get().text();
        for (TextSpan paragraph : article.get().body()) {
            if (paragraph.start() <= first.start() && first.end() <= paragraph.end()) {
                TextSpan around = widen(text, article.get().body(), paragraph, first);
                Citation wider = new Citation(1, first.article(), first.source(), first.title(), first.published(),
                        first.url(), around.of(text), around.start(), around.end(), first.speaker());
                return Optional.of(quoting(List.of(wider), "More from " + first.outlet() + ":"));
            }
        }
        return Optional.empty();
    }

    /** The quote with the sentences before and after it (within the paragraph, or the next one), up to a limit. */
    private static TextSpan widen(String text, List<TextSpan> body, TextSpan paragraph, Citation quote) {
        List<TextSpan> sentences = new ArrayList<>(SentenceSplitter.split(text, paragraph));
        int index = body.indexOf(paragraph);
        if (index + 1 < body.size()) {
            sentences.addAll(SentenceSplitter.split(text, body.get(index + 1)));
        }
        int start = quote.start();
        int end = quote.end();
        for (TextSpan sentence : sentences) {
            if (sentence.end() <= start && start - sentence.start() + (end - start) <= MAX_CONTEXT_CHARS) {
                start = Math.min(start, sentence.start());
            }
        }
        for (TextSpan sentence : sentences) {
            if (sentence.start() >= end && sentence.end() - start <= MAX_CONTEXT_CHARS) {
                end = sentence.end();
                break;
            }
        }
        return new TextSpan(start, end);
    }

    private static Answer quoting(List<Citation> citations, String lead) {
        List<Citation> renumbered = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (Citation citation : citations) {
            Citation cited = citation.renumbered(renumbered.size() + 1);
            renumbered.add(cited);
            statements.add(ExtractiveAnswerer.quoting(cited));
        }
        return new Answer(AnswerStatus.ANSWERED, lead, statements, renumbered, List.of(), null);
    }

    private static String outlets(List<Citation> citations) {
        return String.join(" and ", citations.stream().map(Citation::outlet).distinct().toList());
    }

    /** Lower case, digits and letters only: "$357 million" contains "357". */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
