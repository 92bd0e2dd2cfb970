package org.coveragebot.bot.conversation;

import java.util.List;
import java.util.Optional;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.PlainTextAnswer;
import org.coveragebot.retrieval.CoverageSummary;

/**
 * The chat commands every interface understands ({@code /start}, {@code /help}, {@code /sources},
 * {@code /new}) and what they say, as plain text; each interface renders it its own way.
 */
public final class ChatCommands {

    public static final String HELP = "Ask me a fact question about the news coverage, for example:\n"
            + "\u2022 How much aid did Biden announce?\n\u2022 What did Zelensky say about Bakhmut?\n"
            + "I answer with quotes from the articles, each cited, and say when sources disagree. "
            + "In groups, mention me or reply to my answer.\n/sources lists the articles behind the last answer; "
            + "/new starts afresh.";
    public static final String AFRESH = "Starting afresh: ask your next question.";
    public static final String NO_SOURCES = "No answer with sources yet in this chat. Ask a question first.";
    public static final String UNKNOWN = "I don't know that command. /help shows what I can do.";

    private ChatCommands() {
    }

    /** The command a message starts with ("/help", "/ask@bot"), if it starts with one. */
    public static Optional<String> command(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("/") || trimmed.length() < 2 || !Character.isLetter(trimmed.charAt(1))) {
            return Optional.empty();
        }
        int end = 1;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
            end++;
        }
        return Optional.of(trimmed.substring(0, end));
    }

    /** What the bot does and what coverage is loaded (articles, outlets, date range). */
    public static String introduction(CoverageSummary summary) {
        StringBuilder text = new StringBuilder("I answer fact questions about the news coverage with verbatim quotes "
                + "from the articles, each cited, and I say when sources disagree.\n\nLoaded: ")
                .append(summary.articles()).append(" articles");
        if (!summary.outlets().isEmpty()) {
            List<String> outlets = summary.outlets().subList(0, Math.min(5, summary.outlets().size()));
            text.append(" from ").append(String.join(", ", outlets));
            if (summary.outlets().size() > outlets.size()) {
                text.append(" and ").append(summary.outlets().size() - outlets.size()).append(" more");
            }
        }
        if (summary.earliest().isPresent()) {
            text.append(", ").append(summary.earliest().get()).append(" to ").append(summary.latest().orElseThrow());
        }
        return text.append(".\n\n").append(HELP).toString();
    }

    /** The articles behind an answer, one a line with its link where known. */
    public static String sources(Optional<Answer> answer) {
        if (answer.isEmpty() || answer.get().citations().isEmpty()) {
            return NO_SOURCES;
        }
        StringBuilder text = new StringBuilder("Sources");
        for (Citation citation : answer.get().citations()) {
            text.append("\n[").append(citation.id()).append("] ").append(PlainTextAnswer.sourceLine(citation));
            if (citation.url() != null) {
                text.append(' ').append(citation.url());
            }
        }
        return text.toString();
    }
}
