package org.coveragebot.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An answer as plain text: what the console prints, what {@code ask --json} carries in {@code answer},
 * and what Telegram gets when it refuses HTML. The lead, one line per statement (a quote in
 * typographic quotes with its {@code [n]}), a sentence per disagreement, then the sources.
 */
public final class PlainTextAnswer {

    /** A bracketed number inside article or prose text, which would read as a citation. */
    private static final Pattern BRACKETED_NUMBER = Pattern.compile("\\[(\\d+)]");

    private PlainTextAnswer() {
    }

    public static String render(Answer answer) {
        List<String> blocks = new ArrayList<>();
        if (!answer.lead().isEmpty()) {
            blocks.add(answer.lead());
        }
        List<String> lines = new ArrayList<>();
        for (Statement statement : answer.statements()) {
            lines.add(statement(answer, statement));
        }
        if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines));
        }
        List<String> notes = new ArrayList<>();
        for (Disagreement disagreement : answer.disagreements()) {
            notes.add(note(answer, disagreement));
        }
        if (!notes.isEmpty()) {
            blocks.add(String.join("\n", notes));
        }
        if (!answer.citations().isEmpty()) {
            List<String> sources = new ArrayList<>();
            for (Citation citation : answer.citations()) {
                sources.add("[" + citation.id() + "] " + sourceLine(citation));
            }
            blocks.add(String.join("\n", sources));
        }
        return String.join("\n\n", blocks);
    }

    /** One statement: its words, its quotes in typographic quotes, each followed by its reference. */
    public static String statement(Answer answer, Statement statement) {
        StringBuilder line = new StringBuilder();
        for (Statement.Part part : statement.parts()) {
            if (part instanceof Statement.Words words) {
                line.append(unbracketed(words.text()));
            } else if (part instanceof Statement.Quote quote) {
                line.append('\u201c').append(unbracketed(answer.citation(quote.citation()).quote()))
                        .append("\u201d [").append(quote.citation()).append(']');
            } else if (part instanceof Statement.Reference reference) {
                line.append('[').append(reference.citation()).append(']');
            }
        }
        return line.toString().strip();
    }

    /**
     * The disagreement as a sentence about the question: "Sources disagree on how much aid Biden
     * announced: AP says $375 million [2]; The Hill says $357 million [1]." An update names the dates,
     * in their order.
     */
    public static String note(Answer answer, Disagreement disagreement) {
        boolean update = disagreement.kind() == Disagreement.Kind.UPDATE;
        List<String> sides = new ArrayList<>();
        for (int i = 0; i < disagreement.claims().size(); i++) {
            Disagreement.Claim claim = disagreement.claims().get(i);
            Citation citation = answer.citation(claim.citation());
            String says = update ? (i == 0 ? " reported " : " then reported ") : " says ";
            String when = update ? citation.day().map(day -> " on " + day).orElse("") : "";
            sides.add(unbracketed(citation.outlet() + says + claim.value() + when) + " [" + citation.id() + "]");
        }
        return (update ? "Reports changed over time on " : "Sources disagree on ") + unbracketed(disagreement.topic())
                + ": " + String.join("; ", sides) + ".";
    }

    /** "USA Today, “Taiwan votes …”, 2024-01-05": whatever of it is known. */
    public static String sourceLine(Citation citation) {
        StringBuilder line = new StringBuilder(citation.outlet());
        if (citation.title() != null) {
            line.append(", \u201c").append(citation.title()).append('\u201d');
        }
        citation.day().ifPresent(day -> line.append(", ").append(day));
        return unbracketed(line.toString());
    }

    /** Article and prose text with "[12]" shown as "(12)", so that only real citations read as references. */
    public static String unbracketed(String text) {
        return BRACKETED_NUMBER.matcher(text).replaceAll("($1)");
    }
}
